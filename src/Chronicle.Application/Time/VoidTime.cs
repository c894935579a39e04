namespace Chronicle.Application.Time;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Time;
using Microsoft.EntityFrameworkCore;

/// <summary>Voids an entry: a new record withdraws it, with who, when and why; its minutes stop counting.</summary>
public sealed class VoidTime(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<TimeEntryView>> ExecuteAsync(Guid entryId, string? reason, CancellationToken cancellationToken)
    {
        var work = new TimeWork(db, access, audit);
        if (!work.CanWrite)
        {
            return new BusinessError(TimeWork.NotAllowedCode, "Your role can read time but not void it.");
        }

        var target = await TimeEntries.FindAsync(db, entryId, cancellationToken);
        if (target is null || (await work.PatientAsync(target.PatientId.Value, cancellationToken)).Value is not { } found)
        {
            return TimeEntries.NotFound(entryId);
        }

        var ledger = new TimeLedger(found.Zone, found.Policy, await TimeEntries.ChainAsync(db, target, cancellationToken), await work.LockedMonthsAsync(target.PatientId, cancellationToken));
        var outcome = ledger.Void(target.Id, reason, TimeWork.By(work.Actor, clock.GetUtcNow()));
        if (outcome.Failure is { } refused)
        {
            return TimeWork.Refused(refused);
        }

        var saved = await work.SaveAsync(outcome.Value!, AuditActions.Delete, $"voided (withdraws {target.Id})", cancellationToken);
        if (saved.Value is not { } entry)
        {
            return saved.Error!;
        }

        var staffName = await db.StaffMembers.AsNoTracking().Where(s => s.Id == entry.StaffId).Select(s => s.FirstName + " " + s.LastName).SingleAsync(cancellationToken);
        return TimeEntryView.Of(entry, found.Zone, staffName, inForce: false);
    }
}
