namespace Chronicle.Application.Time;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Corrects an entry: a new record with the corrected values replaces it, saying who, when and
/// why; the old record stays. The staff member may change (time logged under the wrong name); the
/// patient may not (void the entry and log it on the right patient).
/// </summary>
public sealed class CorrectTime(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<TimeEntryView>> ExecuteAsync(Guid entryId, TimeEntryInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var work = new TimeWork(db, access, audit);
        if (!work.CanWrite)
        {
            return new BusinessError(TimeWork.NotAllowedCode, "Your role can read time but not correct it.");
        }

        var target = await TimeEntries.FindAsync(db, entryId, cancellationToken);
        if (target is null)
        {
            return TimeEntries.NotFound(entryId);
        }

        var scope = await work.PatientAsync(target.PatientId.Value, cancellationToken);
        if (scope.Value is not { } found)
        {
            return TimeEntries.NotFound(entryId);
        }

        var now = clock.GetUtcNow();
        var parsed = TimeInputParser.Parse(input, found.Zone, now);
        if (parsed.Value is not { } values)
        {
            return parsed.Error!;
        }

        var performer = await work.PerformerAsync(found.Practice.Id, input.StaffId ?? target.StaffId.Value, cancellationToken);
        if (performer.Value is not { } staff)
        {
            return performer.Error!;
        }

        var corrected = target.ToDraft() with
        {
            Program = values.Program,
            Activity = values.Activity,
            Start = values.Start,
            DurationSeconds = input.DurationSeconds,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            Inpatient = input.Inpatient,
            StaffId = staff.Id,
            Performer = staff.Id == target.StaffId ? target.Performer : PerformerClasses.FromRole(staff.Role),
        };
        var ledger = new TimeLedger(found.Zone, found.Policy, await TimeEntries.ChainAsync(db, target, cancellationToken), await work.LockedMonthsAsync(target.PatientId, cancellationToken), found.Place);
        var outcome = ledger.Correct(target.Id, corrected, input.Reason, TimeWork.By(work.Actor, now));
        if (outcome.Failure is { } refused)
        {
            return TimeWork.Refused(refused);
        }

        var saved = await work.SaveAsync(outcome.Value!, AuditActions.Update, $"corrected (replaces {target.Id})", cancellationToken);
        return saved.Value is { } entry ? TimeEntryView.Of(entry, found.Zone, staff.DisplayName) : saved.Error!;
    }
}
