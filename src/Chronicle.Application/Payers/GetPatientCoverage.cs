namespace Chronicle.Application.Payers;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Patients;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Payers;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The patient page's coverage section (ADR 0251): every coverage period of the patient with its
/// payer, member id, plan type, order and dates, which one is in force today, the payers a new one
/// can name, and whether the reader may change coverage (<see cref="Capability.ManagePayers"/>).
/// An audited read of the chart, like its other sections.
/// </summary>
public sealed class GetPatientCoverage(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<PatientCoverageView>> ExecuteAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var practiceResult = await access.PracticeAsync(null, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return practiceResult.Error!;
        }

        var practiceId = practice.Id;
        var id = new Domain.Common.PatientId(patientId);
        if (!await access.VisiblePatients().AnyAsync(p => p.PracticeId == practiceId && p.Id == id, cancellationToken))
        {
            return new BusinessError(GetPatientChart.UnknownPatientCode, $"No patient with the id {patientId} is on your practice's records.");
        }

        var payers = await db.Payers.AsNoTracking().Where(p => p.PracticeId == practiceId).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var byId = payers.ToDictionary(p => p.Id);
        var periods = await db.Coverages.AsNoTracking().Where(c => c.PracticeId == practiceId && c.PatientId == id).ToListAsync(cancellationToken);
        var today = practice.TimeZone.LocalDateOf(clock.GetUtcNow());
        var rows = periods.OrderBy(c => c.Order).ThenByDescending(c => c.Start)
            .Select(c => new CoverageRow(c.Id.Value, byId[c.PayerId].Code, byId[c.PayerId].Name, byId[c.PayerId].Kind.ToCode(), c.MemberId, c.PlanType, c.Order.ToCode(), c.Start, c.End, c.InForceOn(today)))
            .ToList();
        await audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture, $"coverage of patient {patientId}: {rows.Count} periods"), id, practiceId), cancellationToken);
        return new PatientCoverageView(patientId, today, rows, [.. payers.Select(p => new CoverablePayer(p.Code, p.Name, p.Kind.ToCode()))], access.Actor.Allows(Capability.ManagePayers));
    }
}

/// <summary>The patient's coverage periods, primary first then latest first; the payers to choose from; whether the reader may change them.</summary>
public sealed record PatientCoverageView(Guid PatientId, DateOnly Today, IReadOnlyList<CoverageRow> Coverage, IReadOnlyList<CoverablePayer> Payers, bool CanEdit);

/// <summary>One coverage period as the chart shows it; <see cref="PayerKind"/> and <see cref="Order"/> are their stable codes.</summary>
public sealed record CoverageRow(Guid Id, string PayerCode, string PayerName, string PayerKind, string MemberId, string? PlanType, string Order, DateOnly Start, DateOnly? End, bool InForceToday);

/// <summary>A payer of the practice's directory that a coverage can name.</summary>
public sealed record CoverablePayer(string Code, string Name, string Kind);
