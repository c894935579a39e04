namespace Chronicle.Application.Practices;

using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Finds the practice an operation works in: the one named by its group NPI, or the only one.
/// </summary>
public static class PracticeResolver
{
    public const string NoPracticeCode = "PRACTICE-NONE";
    public const string AmbiguousPracticeCode = "PRACTICE-AMBIGUOUS";
    public const string UnknownPracticeCode = "PRACTICE-UNKNOWN";

    public static async Task<Result<Practice>> ResolveAsync(ChronicleDbContext db, string? groupNpi, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!string.IsNullOrWhiteSpace(groupNpi))
        {
            var npi = Npi.TryParse(groupNpi);
            if (!npi.IsValid)
            {
                return new BusinessError(UnknownPracticeCode, npi.Error!);
            }

            var named = await db.Practices.SingleOrDefaultAsync(p => p.GroupNpi == npi.Value, cancellationToken);
            return named is null
                ? new BusinessError(UnknownPracticeCode, $"No practice has the group NPI {groupNpi}.")
                : named;
        }

        var practices = await db.Practices.Take(2).ToListAsync(cancellationToken);
        return practices.Count switch
        {
            0 => new BusinessError(NoPracticeCode, "There is no practice yet: import one with 'chronicle import csv practice <file>' or seed the demo with 'chronicle demo seed'."),
            1 => practices[0],
            _ => new BusinessError(AmbiguousPracticeCode, "There is more than one practice; name one with --practice <group NPI>."),
        };
    }
}
