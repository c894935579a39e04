namespace Chronicle.Application.Time.Timer;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Stops the person's timer into one ledger entry (source: timer) through the same ledger checks as
/// any entry, and removes the timer, in one transaction. A timer that ran longer than the
/// practice's limit is refused with TIMER-CONFIRM-LONG until the person confirms the time.
/// </summary>
public sealed class StopTimer(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock, LiveTimer timers)
{
    public async Task<Result<TimeEntryView>> ExecuteAsync(StopTimerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var work = new TimeWork(db, access, audit);
        if (await timers.MineAsync(cancellationToken, tracked: true) is not { } timer)
        {
            return new BusinessError(TimeCodes.TimerNotRunning, "You have no timer running.");
        }

        var scope = await work.PatientAsync(timer.PatientId.Value, cancellationToken);
        if (scope.Value is not { } found)
        {
            return scope.Error!;
        }

        if (input.Activity is not null)
        {
            var activity = TimeActivities.TryParse(input.Activity);
            if (!activity.IsValid)
            {
                return new BusinessError(TimeInputParser.InvalidCode, $"activity: {activity.Error}");
            }

            timer.Describe(activity.Value, input.Note ?? timer.Note);
        }

        var staff = await db.StaffMembers.AsNoTracking().SingleAsync(s => s.Id == timer.StaffId, cancellationToken);
        var now = clock.GetUtcNow();
        var draft = timer.Stop(PerformerClasses.FromRole(staff.Role), input.Inpatient, input.ConfirmLong, found.Policy, now);
        if (draft.Failure is { } refused)
        {
            return new BusinessError(refused.Code, refused.Message);
        }

        var ledger = new TimeLedger(found.Zone, found.Policy, [], await work.LockedMonthsAsync(timer.PatientId, cancellationToken), found.Place);
        var logged = ledger.Log(draft.Value!, TimeWork.By(work.Actor, now));
        if (logged.Failure is { } refusedEntry)
        {
            return TimeWork.Refused(refusedEntry);
        }

        var entry = logged.Value!;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.RunningTimers.Remove(timer);
        db.TimeEntries.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new BusinessError(LiveTimer.ConcurrentCode, "The timer was stopped or changed in another tab; reload to see it.");
        }

        await audit.RecordAsync(new AuditEntry(AuditActions.Create, $"time entry {entry.Id} logged (timer)", entry.PatientId, entry.PracticeId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TimeEntryView.Of(entry, found.Zone, staff.DisplayName);
    }
}
