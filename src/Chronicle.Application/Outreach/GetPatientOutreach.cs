namespace Chronicle.Application.Outreach;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Domain.Common;
using Chronicle.Domain.Outreach;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The outreach part of the patient page: where the patient stands and every call and letter,
/// latest first. It reads this one patient's rows only, never the practice's eligibility.
/// </summary>
public sealed class GetPatientOutreach(OutreachStore store, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<PatientOutreachView>> ExecuteAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var practiceResult = await access.PracticeAsync(null, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return practiceResult.Error!;
        }

        var patients = await store.PatientsAsync(practice.Id, [patientId], cancellationToken);
        if (patients.Value is not [var patient])
        {
            return patients.Error!;
        }

        var db = store.Db;
        var listings = await db.OutreachListings.AsNoTracking().Where(l => l.PracticeId == practice.Id && l.PatientId == patient.Id).ToListAsync(cancellationToken);
        var attempts = await db.OutreachAttempts.AsNoTracking().Where(a => a.PracticeId == practice.Id && a.PatientId == patient.Id).ToListAsync(cancellationToken);
        var managers = listings.Select(l => l.CareManagerId).Distinct().ToList();
        var names = (await db.StaffMembers.AsNoTracking().Where(s => managers.Contains(s.Id)).ToListAsync(cancellationToken))
            .ToDictionary(s => s.Id, s => s.DisplayName);
        var zone = practice.TimeZone;
        var state = CallList.Evaluate(listings, attempts, zone.LocalDateOf(clock.GetUtcNow()), zone);

        await audit.RecordAsync(AuditEntry.Read($"outreach of patient {patient.Id}: {attempts.Count} attempts", patient.Id, practice.Id), cancellationToken);
        return new PatientOutreachView(
            patientId,
            OutreachStatusView.Of(state, zone, names),
            [.. attempts.OrderByDescending(a => a.At).ThenByDescending(a => a.RecordedAt).Select(a => OutreachAttemptView.Of(a, zone))],
            access.Actor.Allows(Capability.WorkOutreach));
    }
}

public sealed record PatientOutreachView(Guid PatientId, OutreachStatusView Status, IReadOnlyList<OutreachAttemptView> Attempts, bool CanWork);
