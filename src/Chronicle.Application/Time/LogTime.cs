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
/// older than the practice's back-date limit needs a reason; a locked month takes no time.
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

        var parsed = TimeInputParser.Parse(input, found.Zone);
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
        return await LogDraftAsync(work, found, draft, staff, cancellationToken);
    }

    /// <summary>Logs a draft already built (the timer's), through the same ledger checks.</summary>
    internal async Task<Result<TimeEntryView>> LogDraftAsync(TimeWork work, PatientScope scope, TimeEntryDraft draft, StaffMember staff, CancellationToken cancellationToken)
    {
        var ledger = new TimeLedger(scope.Zone, scope.Policy, [], await work.LockedMonthsAsync(scope.Patient.Id, cancellationToken));
        var outcome = ledger.Log(draft, TimeWork.By(work.Actor, clock.GetUtcNow()));
        if (outcome.Failure is { } refused)
        {
            return TimeWork.Refused(refused);
        }

        var saved = await work.SaveAsync(outcome.Value!, AuditActions.Create, "logged", cancellationToken);
        return saved.Value is { } entry ? TimeEntryView.Of(entry, scope.Zone, staff.DisplayName) : saved.Error!;
    }
}
