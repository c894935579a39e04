namespace Chronicle.Application.Claims;

using Chronicle.Data;
using Chronicle.Domain.Billing.Claims;
using Microsoft.EntityFrameworkCore;

/// <summary>The adjustments 835s posted to these claims, by claim, in the order they were posted.</summary>
internal static class PostedAdjustments
{
    public static async Task<ILookup<Guid, AdjustmentView>> OfAsync(ChronicleDbContext db, IReadOnlyCollection<BillingClaim> claims, CancellationToken cancellationToken)
    {
        // Only claims a remittance touched can have any; most months have none to look up.
        var ids = claims.Where(c => c.PaidCents is not null).Select(c => c.Id).ToList();
        var found = new List<PostedAdjustment>();
        foreach (var slice in ids.Chunk(1000))
        {
            found.AddRange(await db.PostedAdjustments.AsNoTracking().Where(a => slice.Contains(a.ClaimId)).ToListAsync(cancellationToken));
        }

        return found.OrderBy(a => a.LineNumber ?? 0).ThenBy(a => a.Group, StringComparer.Ordinal).ThenBy(a => a.Reason, StringComparer.Ordinal)
            .ToLookup(a => a.ClaimId, a => new AdjustmentView(a.Group, a.Reason, a.AmountCents / 100m, a.LineNumber));
    }
}
