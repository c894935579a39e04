namespace Chronicle.Application.Portal;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Enrollment;
using Chronicle.Application.Security;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Sharing;

/// <summary>
/// The patient's right to stop (docs/rules/ccm.md §4): from the portal, the patient or a caregiver they
/// named withdraws consent to a program today. It is the same revocation the practice records
/// (<see cref="PatientConsents.Revoke"/>), so it takes effect at the end of this month: this month
/// stays billable, the next is not. The care team is told by a <see cref="CareTeamNotice"/> saved in
/// the same transaction as the revocation and its audit events, so neither exists without the other.
/// </summary>
public sealed class StopCareManagement(PortalScope scope, EnrollmentStore store)
{
    public const string NothingToStopCode = "PORTAL-NOTHING-TO-STOP";

    public async Task<Result<PortalStop>> ExecuteAsync(Guid patientId, CareProgram program, CancellationToken cancellationToken)
    {
        if (!scope.ActsForPatient)
        {
            return (await scope.FindAsync(patientId, patientOrCaregiverOnly: true, cancellationToken)).Error!;
        }

        var loaded = await store.LoadAsync(patientId, track: true, cancellationToken);
        if (loaded.Value is not { } state)
        {
            return loaded.Error!;
        }

        var today = state.Today;
        var practitioners = state.Consents.Current
            .Where(r => r.Program == program && r.Decision == ConsentDecision.Accepted && r.RevokedOn is null && r.Date <= today)
            .Select(r => r.Practitioner)
            .DistinctBy(p => p.StaffId)
            .ToList();
        if (practitioners.Count == 0)
        {
            return new BusinessError(NothingToStopCode, $"There is no {program.ToLabel()} consent in force to stop.");
        }

        var revoked = new List<ConsentRecord>();
        foreach (var practitioner in practitioners)
        {
            var outcome = state.Consents.Revoke(program, practitioner, today);
            if (outcome.Failure is { } refused)
            {
                return refused.ToError();
            }

            revoked.AddRange(outcome.Value!);
        }

        var lastDay = BillingMonth.Of(today).LastDay;
        var who = await scope.ActorDisplayNameAsync(cancellationToken);
        var relation = scope.Actor.Role == Roles.Patient ? "the patient" : "the patient's caregiver";
        var notice = CareTeamNotice.Create(
            state.Practice.Id,
            state.Patient.Id,
            CareTeamNoticeKind.PortalOptOut,
            string.Create(CultureInfo.InvariantCulture,
                $"{who} ({relation}) stopped {program.ToLabel()} from the portal on {today:yyyy-MM-dd}. It takes effect at the end of the month: {BillingMonth.Of(today)} is the last month that can be billed. Call the patient to confirm, then close the enrollment."),
            lastDay,
            scope.Now(),
            who);
        store.Db.CareTeamNotices.Add(notice);

        var entries = revoked
            .Select(r => EnrollmentStore.Change(state, AuditActions.Update, FormattableString.Invariant($"consent {r.OriginalId}: revoked on {today:yyyy-MM-dd} from the portal")))
            .Append(EnrollmentStore.Change(state, AuditActions.Create, FormattableString.Invariant($"care team notice {notice.Id}: portal opt-out of {program.ToCode()}")))
            .ToList();
        var error = await store.SaveAsync(state, entries, cancellationToken);
        return error is null ? new PortalStop(program, today, lastDay, revoked.Count) : error;
    }
}

/// <param name="LastCoveredDay">The last day care management continues (and can be billed): the end of this month.</param>
public sealed record PortalStop(CareProgram Program, DateOnly StoppedOn, DateOnly LastCoveredDay, int ConsentsStopped);
