namespace Chronicle.Application.Time;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Time;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Locks a patient-month's time once it is billed (month close calls this): from then on no entry
/// is logged into it, corrected in it or voided from it. Locking an already locked month changes nothing.
/// </summary>
public sealed class LockTimeMonth(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<bool>> ExecuteAsync(Guid patientId, BillingMonth month, string reason, CancellationToken cancellationToken)
    {
        var work = new TimeWork(db, access, audit);
        var scope = await work.PatientAsync(patientId, cancellationToken);
        if (scope.Value is not { } found)
        {
            return scope.Error!;
        }

        if (!work.Actor.Allows(Capability.CloseAndApproveBilling))
        {
            return new BusinessError(TimeWork.NotAllowedCode, "Only billing closes a month's time.");
        }

        var key = month.Key;
        if (await db.MonthLocks.AnyAsync(l => l.PatientId == found.Patient.Id && l.MonthKey == key, cancellationToken))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.MonthLocks.Add(MonthLock.Create(found.Practice.Id, found.Patient.Id, month, work.Actor.Name, reason, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.Update, string.Create(CultureInfo.InvariantCulture, $"time month {month} locked"), found.Patient.Id, found.Practice.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
