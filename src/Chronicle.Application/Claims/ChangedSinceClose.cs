namespace Chronicle.Application.Claims;

using Chronicle.Data;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Late time (ADR 0165): a closed month whose claims are not yet approved still takes time, logged,
/// corrected or voided after the close. Those patient-months' decisions are "changed since close"
/// until the next close reads the time in; approved and exported months cannot change.
/// </summary>
internal static class ChangedSinceClose
{
    /// <summary>The patient-months (patient, program) of open claims with time recorded after the month's last close.</summary>
    public static async Task<HashSet<(PatientId, CareProgram)>> OfAsync(ChronicleDbContext db, PracticeId practiceId, BillingMonth month, CancellationToken cancellationToken)
    {
        var key = month.Key;
        var closedAt = await db.ClosedMonths.AsNoTracking().Where(c => c.PracticeId == practiceId && c.MonthKey == key)
            .Select(c => (DateTimeOffset?)c.ClosedAt).SingleOrDefaultAsync(cancellationToken);
        if (closedAt is not { } since)
        {
            return [];
        }

        var late = await db.TimeEntries.AsNoTracking().Where(e => e.PracticeId == practiceId && e.MonthKey == key && e.RecordedAt > since)
            .Select(e => new { e.PatientId, e.Program }).Distinct().ToListAsync(cancellationToken);
        return late.Select(e => (e.PatientId, e.Program)).ToHashSet();
    }

    public static bool Marks(this HashSet<(PatientId, CareProgram)> changed, BillingClaim claim) =>
        claim.Status.IsOpen() && changed.Contains((claim.PatientId, claim.Program));
}
