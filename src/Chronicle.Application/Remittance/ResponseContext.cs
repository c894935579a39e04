namespace Chronicle.Application.Remittance;

using Chronicle.Data;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>What applying one response file needs: the database, the practice, the file's id, the time and who.</summary>
internal sealed record ResponseContext(ChronicleDbContext Db, Practice Practice, Guid FileId, DateTimeOffset Now, string By)
{
    /// <summary>The practice's claims with these numbers (CLM01), by number; in slices for SQLite's bound-variable limit.</summary>
    public async Task<Dictionary<string, BillingClaim>> ClaimsAsync(IEnumerable<string> numbers, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, BillingClaim>(StringComparer.Ordinal);
        var practiceId = Practice.Id;
        foreach (var slice in numbers.Distinct(StringComparer.Ordinal).Chunk(1000))
        {
            foreach (var claim in await Db.BillingClaims.Where(c => c.PracticeId == practiceId && slice.Contains(c.ClaimNumber)).ToListAsync(cancellationToken))
            {
                found[claim.ClaimNumber] = claim;
            }
        }

        return found;
    }
}

/// <summary>What a file did: applied or not, the messages (per claim and for the file), and how many claims changed.</summary>
internal sealed record ResponseEffect(bool Applied, IReadOnlyList<string> Messages, int ClaimsChanged)
{
    public static ResponseEffect NotApplied(IReadOnlyList<string> reasons) => new(false, ["Not applied; nothing changed:", .. reasons], 0);
}
