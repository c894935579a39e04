namespace Chronicle.Application.Security.Tokens;

using Chronicle.Data;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Finds the live token a request presents, by the hash of the presented secret. A revoked,
/// unknown or malformed token finds nothing; the caller answers 401 without saying which.
/// </summary>
public sealed class AuthenticateApiToken(ChronicleDbContext db, TimeProvider clock)
{
    public async Task<ApiTokenIdentity?> ExecuteAsync(string presented, CancellationToken cancellationToken)
    {
        if (!ApiTokenSecret.LooksLikeSecret(presented))
        {
            return null;
        }

        var hash = ApiTokenSecret.Hash(presented);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.SecretHash == hash, cancellationToken);
        if (token is null || token.IsRevoked)
        {
            return null;
        }

        if (token.MarkUsed(clock.GetUtcNow()))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        var limited = await db.ApiTokenPatients.AnyAsync(p => p.TokenId == token.Id, cancellationToken);
        return new ApiTokenIdentity(token.Id, token.Name, token.PracticeId, token.CanWrite,
            limited ? Roles.SharedSystem : Roles.PracticeSystem);
    }
}

/// <param name="Role"><see cref="Roles.PracticeSystem"/> or <see cref="Roles.SharedSystem"/>.</param>
public sealed record ApiTokenIdentity(Guid TokenId, string Name, PracticeId PracticeId, bool CanWrite, string Role);
