namespace Chronicle.Application.Payers;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Patients;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Payers;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Adds, changes or ends a patient's coverage from the patient page (ADR 0251). Every change goes
/// through <see cref="CoverageRules.Apply"/>, as the coverage CSV import does, so the MBI format
/// for Original Medicare, the dates and "one primary at a time" are checked in one place; a refusal
/// names the field (the CSV's column names) so the page can show it beside that field. Audited.
/// </summary>
public sealed class SaveCoverage(ChronicleDbContext db, PatientAccess access, AuditTrail audit)
{
    public const string InvalidCode = "COVERAGE-INVALID";
    public const string NotFoundCode = "COVERAGE-NOT-FOUND";

    /// <summary>Adds a coverage (<paramref name="coverageId"/> null) or changes the one named.</summary>
    public async Task<CoverageSaved> ExecuteAsync(Guid patientId, Guid? coverageId, CoverageForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!access.Actor.Allows(Capability.ManagePayers))
        {
            return CoverageSaved.Refused(Permissions.Refusal(Capability.ManagePayers));
        }

        var order = PayerKinds.TryParseOrder(form.Order);
        var (start, startProblem) = Date(form.Start, required: true);
        var (end, endProblem) = Date(form.End, required: false);
        var parseProblem = string.IsNullOrWhiteSpace(form.PayerId) ? ("payer_id", "Choose the payer.")
            : !order.IsValid ? ("order", order.Error!)
            : startProblem is not null ? ("start_date", startProblem)
            : endProblem is not null ? ("end_date", endProblem)
            : ((string Field, string Message)?)null;
        if (parseProblem is { } parse)
        {
            return CoverageSaved.Invalid(parse.Field, parse.Message);
        }

        var scope = await LoadAsync(patientId, cancellationToken);
        if (scope.Error is { } error)
        {
            return CoverageSaved.Refused(error);
        }

        var (practiceId, patient, existing) = scope.Value;
        var code = form.PayerId!.Trim();
        var payer = await db.Payers.AsNoTracking().SingleOrDefaultAsync(p => p.PracticeId == practiceId && p.Code == code, cancellationToken);
        if (payer is null)
        {
            return CoverageSaved.Invalid("payer_id", $"The practice has no payer with the payer id {code}; add it on Admin → Payers first.");
        }

        var replacing = coverageId is { } id ? existing.SingleOrDefault(c => c.Id.Value == id) : null;
        if (coverageId is not null && replacing is null)
        {
            return CoverageSaved.Refused(new BusinessError(NotFoundCode, "This coverage is no longer on the patient's record; look at the page again."));
        }

        return await ApplyAsync(practiceId, patient, existing, payer, new CoverageDetails(payer.Id, form.MemberId ?? string.Empty, form.PlanType, order.Value, start!.Value, end), replacing?.Id, cancellationToken);
    }

    /// <summary>Ends a coverage on a date (it is in force through that day); the same rules as any change.</summary>
    public async Task<CoverageSaved> EndAsync(Guid patientId, Guid coverageId, string? endText, CancellationToken cancellationToken)
    {
        if (!access.Actor.Allows(Capability.ManagePayers))
        {
            return CoverageSaved.Refused(Permissions.Refusal(Capability.ManagePayers));
        }

        var (end, endProblem) = Date(endText, required: true);
        if (endProblem is not null)
        {
            return CoverageSaved.Invalid("end_date", endProblem);
        }

        var scope = await LoadAsync(patientId, cancellationToken);
        if (scope.Error is { } error)
        {
            return CoverageSaved.Refused(error);
        }

        var (practiceId, patient, existing) = scope.Value;
        if (existing.SingleOrDefault(c => c.Id.Value == coverageId) is not { } coverage)
        {
            return CoverageSaved.Refused(new BusinessError(NotFoundCode, "This coverage is no longer on the patient's record; look at the page again."));
        }

        var payer = await db.Payers.AsNoTracking().SingleAsync(p => p.Id == coverage.PayerId, cancellationToken);
        var details = new CoverageDetails(payer.Id, coverage.MemberId, coverage.PlanType, coverage.Order, coverage.Start, end);
        return await ApplyAsync(practiceId, patient, existing, payer, details, coverage.Id, cancellationToken);
    }

    private async Task<CoverageSaved> ApplyAsync(
        PracticeId practiceId, PatientId patient, List<Coverage> existing, Payer payer, CoverageDetails details, CoverageId? replacing, CancellationToken cancellationToken)
    {
        var change = CoverageRules.Apply(existing, practiceId, patient, payer, details, replacing);
        if (change.Refusal is { } refusal)
        {
            return CoverageSaved.Invalid(change.Field!, refusal);
        }

        var coverage = change.Coverage!;
        if (!change.Changed)
        {
            return new CoverageSaved(coverage.Id.Value, false, null, null);
        }

        if (change.Created)
        {
            db.Coverages.Add(coverage);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var until = coverage.End is { } end ? end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "open";
        await audit.RecordAsync(new AuditEntry(change.Created ? AuditActions.Create : AuditActions.Update, string.Create(CultureInfo.InvariantCulture,
            $"coverage {coverage.Id}: {payer.Code} {coverage.Order.ToCode()} from {coverage.Start:yyyy-MM-dd} to {until}"), patient, practiceId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CoverageSaved(coverage.Id.Value, true, null, null);
    }

    /// <summary>The patient (visible to the actor, in the actor's practice) and their coverage, tracked for the change.</summary>
    private async Task<Result<(PracticeId PracticeId, PatientId Patient, List<Coverage> Existing)>> LoadAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var practice = await access.PracticeAsync(null, cancellationToken);
        if (practice.Value is not { } found)
        {
            return practice.Error!;
        }

        var practiceId = found.Id;
        var id = new PatientId(patientId);
        if (!await access.VisiblePatients().AnyAsync(p => p.PracticeId == practiceId && p.Id == id, cancellationToken))
        {
            return new BusinessError(GetPatientChart.UnknownPatientCode, $"No patient with the id {patientId} is on your practice's records.");
        }

        var existing = await db.Coverages.Where(c => c.PracticeId == practiceId && c.PatientId == id).ToListAsync(cancellationToken);
        return (practiceId, id, existing);
    }

    private static (DateOnly? Date, string? Problem) Date(string? text, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, required ? "A date is required (YYYY-MM-DD)." : null);
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, null)
            : (null, $"'{text.Trim()}' is not a date; use YYYY-MM-DD.");
    }
}

/// <summary>A coverage as typed on the patient page; the names follow the coverage CSV's columns.</summary>
public sealed record CoverageForm(string? PayerId, string? MemberId, string? PlanType, string? Order, string? Start, string? End);

/// <summary>
/// What saving did: the coverage's id and whether it changed; or the field at fault with why
/// (<see cref="Field"/> is a coverage CSV column name), or a refusal that is not about a field.
/// </summary>
public sealed record CoverageSaved(Guid? CoverageId, bool Changed, BusinessError? Error, string? Field)
{
    public bool Succeeded => Error is null;

    public static CoverageSaved Invalid(string field, string message) => new(null, false, new BusinessError(SaveCoverage.InvalidCode, message), field);

    public static CoverageSaved Refused(BusinessError error) => new(null, false, error, null);
}
