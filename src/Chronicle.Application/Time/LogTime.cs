namespace Chronicle.Application.Time;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;

/// <summary>
/// Logs minutes for a patient (a manual entry, or what a stopped timer hands over). The performer
/// class is the staff member's role when the entry is logged; no future entries; a manual entry
/// older than the practice's back-date limit needs a reason, one longer than its long-entry limit
/// needs the person's confirmation; a locked month takes no time.
/// </summary>
public sealed class LogTime(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<TimeEntryView>> ExecuteAsync(Guid patientId, TimeEntryInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var work = new TimeWork(db, access, audit);
        if (!work.CanWrite)
        {
            return new BusinessError(TimeWork.NotAllowedCode, "Your role can read time but not log it.");
        }

        var scope = await work.PatientAsync(patientId, cancellationToken);
        if (scope.Value is not { } found)
        {
            return scope.Error!;
        }

        var now = clock.GetUtcNow();
        var parsed = TimeInputParser.Parse(input, found.Zone, now);
        if (parsed.Value is not { } values)
        {
            return parsed.Error!;
        }

        var performer = await work.PerformerAsync(found.Practice.Id, input.StaffId, cancellationToken);
        if (performer.Value is not { } staff)
        {
            return performer.Error!;
        }

        var draft = new TimeEntryDraft(
            found.Practice.Id, found.Patient.Id, values.Program, staff.Id, PerformerClasses.FromRole(staff.Role),
            values.Activity, values.Start, input.DurationSeconds, input.Note, TimeSource.Manual, input.Inpatient, input.Reason);
        var ledger = new TimeLedger(found.Zone, found.Policy, [], await work.LockedMonthsAsync(found.Patient.Id, cancellationToken), found.Place);
        var outcome = ledger.Log(draft, TimeWork.By(work.Actor, now), input.ConfirmLong);
        if (outcome.Failure is { } refused)
        {
            return TimeWork.Refused(refused);
        }

        var saved = await work.SaveAsync(outcome.Value!, AuditActions.Create, "logged", cancellationToken);
        return saved.Value is { } entry ? TimeEntryView.Of(entry, found.Zone, staff.DisplayName) : saved.Error!;
    }
}
