namespace Chronicle.Application.Claims;

using Chronicle.Data;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Domain.Time;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// A billed patient-month's time is locked (ADR 0165): approving or exporting a claim locks it in
/// the same transaction, naming the claim, and correcting the claim lifts the lock for the change.
/// Every use case that moves a claim in or out of "billed" goes through here, so the rule is in one place.
/// </summary>
internal static class TimeMonthLocks
{
    /// <summary>Adds the locks these claims' patient-months lack (all of one practice and month); returns how many.</summary>
    public static async Task<int> LockAsync(ChronicleDbContext db, PracticeId practiceId, BillingMonth month, IEnumerable<BillingClaim> claims, string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var key = month.Key;
        var locked = (await db.MonthLocks.Where(l => l.PracticeId == practiceId && l.MonthKey == key).Select(l => l.PatientId).ToListAsync(cancellationToken)).ToHashSet();
        var added = 0;
        foreach (var claim in claims)
        {
            if (locked.Add(claim.PatientId))
            {
                db.MonthLocks.Add(MonthLock.Create(practiceId, claim.PatientId, month, by, $"{claim.Status.ToCode()} by {by}", at, claim.ClaimNumber));
                added++;
            }
        }

        return added;
    }

    /// <summary>
    /// Lifts the lock of a claim's patient-month so that its time can change, unless another
    /// program's claim of the same patient-month is still billed; true when a lock was lifted.
    /// </summary>
    public static async Task<bool> UnlockAsync(ChronicleDbContext db, BillingClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var billedElsewhere = await db.BillingClaims.AnyAsync(
            c => c.PatientId == claim.PatientId && c.MonthKey == claim.MonthKey && c.DecisionId != claim.DecisionId
                && ClaimStatuses.Billed.Contains(c.Status),
            cancellationToken);
        if (billedElsewhere)
        {
            return false;
        }

        var held = await db.MonthLocks.Where(l => l.PatientId == claim.PatientId && l.MonthKey == claim.MonthKey).ToListAsync(cancellationToken);
        db.MonthLocks.RemoveRange(held);
        return held.Count > 0;
    }
}
