namespace Chronicle.Application.Enrollment;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// For time logging and month close: is a month consented and billable for a patient and program?
/// <see cref="ExecuteAsync"/> answers for one patient; <see cref="ForPracticeAsync"/> for every
/// patient of the practice with an enrollment in the program, in three queries whatever their number.
/// </summary>
public sealed class CheckMonthConsent(EnrollmentStore store, ChronicleDbContext db, PatientAccess access, AuditTrail audit)
{
    public async Task<Result<MonthConsent>> ExecuteAsync(Guid patientId, CareProgram program, BillingMonth month, CancellationToken cancellationToken)
    {
        var loaded = await store.LoadAsync(patientId, track: false, cancellationToken);
        if (loaded.Value is not { } state)
        {
            return loaded.Error!;
        }

        await audit.RecordAsync(AuditEntry.Read($"consent for {program.ToCode()} {month}", state.Patient.Id, state.Practice.Id), cancellationToken);
        var visits = await store.VisitsAsync(state.Patient.Id, cancellationToken);
        return MonthConsent.Of(state.Patient.Id, EnrollmentGate.Evaluate(state.Enrollments, state.Consents, visits, program, month));
    }

    public async Task<Result<IReadOnlyList<MonthConsent>>> ForPracticeAsync(string? groupNpi, CareProgram program, BillingMonth month, CancellationToken cancellationToken)
    {
        var practice = await access.PracticeAsync(groupNpi, cancellationToken);
        if (practice.Value is not { } found)
        {
            return practice.Error!;
        }

        var practiceId = found.Id;
        var enrollments = await db.PatientEnrollments.AsNoTracking().AsSplitQuery()
            .Where(p => p.PracticeId == practiceId && p.Enrollments.Any(e => e.Program == program))
            .ToListAsync(cancellationToken);
        var patientIds = enrollments.ConvertAll(e => e.PatientId);
        var consents = await db.PatientConsents.AsNoTracking()
            .Where(c => c.PracticeId == practiceId && patientIds.Contains(c.PatientId))
            .ToDictionaryAsync(c => c.PatientId, cancellationToken);
        var visits = (await db.Visits.AsNoTracking()
            .Where(v => v.PracticeId == practiceId && v.Code != null && patientIds.Contains(v.PatientId))
            .ToListAsync(cancellationToken))
            .ToLookup(v => v.PatientId, VisitFact.From);
        await audit.RecordAsync(AuditEntry.Read($"consent for {program.ToCode()} {month}: {patientIds.Count} patients", null, practiceId), cancellationToken);
        return enrollments
            .Select(e => MonthConsent.Of(e.PatientId, EnrollmentGate.Evaluate(
                e, consents.GetValueOrDefault(e.PatientId) ?? PatientConsents.Create(practiceId, e.PatientId), visits[e.PatientId], program, month)))
            .ToList();
    }
}

/// <param name="Consented">A valid consent naming the month's billing practitioner covers the month.</param>
/// <param name="Billable">Nothing is missing: enrolled, initiating visit, consent and care manager.</param>
/// <param name="BillableFrom">The first day whose minutes count (not before the start or the consent).</param>
public sealed record MonthConsent(
    Guid PatientId,
    string Program,
    string Month,
    bool Consented,
    bool Billable,
    Guid? EnrollmentId,
    Guid? PractitionerId,
    Guid? CareManagerId,
    DateOnly? BillableFrom,
    DateOnly? BillableThrough,
    IReadOnlyList<Finding> Missing)
{
    internal static MonthConsent Of(PatientId patientId, EnrollmentGateResult gate) => new(
        patientId.Value,
        gate.Program.ToCode(),
        gate.Month.ToString(),
        gate.Consent is not null,
        gate.IsBillable,
        gate.Enrollment?.Id.Value,
        gate.Enrollment?.PractitionerId.Value,
        gate.Enrollment?.CareManagerOn(gate.Month.LastDay)?.Value,
        gate.BillableFrom,
        gate.BillableThrough,
        gate.Missing);
}
