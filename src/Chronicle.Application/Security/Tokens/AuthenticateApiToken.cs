namespace Chronicle.Application.Security.Tokens;

using Chronicle.Data;
using Chronicle.Data.Security;
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

        // One query, nothing tracked: the token, whether it is limited to listed patients, and when
        // its use was last recorded. A request writes only when that is a minute old (ADR 0276).
        var hash = ApiTokenSecret.Hash(presented);
        var token = await db.ApiTokens.AsNoTracking()
            .Where(t => t.SecretHash == hash && t.RevokedAt == null)
            .Select(t => new { t.Id, t.Name, t.PracticeId, t.CanWrite, t.LastUsedAt, Limited = db.ApiTokenPatients.Any(p => p.TokenId == t.Id) })
            .SingleOrDefaultAsync(cancellationToken);
        if (token is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (ApiToken.IsUseWorthRecording(token.LastUsedAt, now))
        {
            // Only if no concurrent request recorded it first: the others change nothing.
            var seen = token.LastUsedAt;
            await db.ApiTokens.Where(t => t.Id == token.Id && t.LastUsedAt == seen)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.LastUsedAt, now), cancellationToken);
        }

        return new ApiTokenIdentity(token.Id, token.Name, token.PracticeId, token.CanWrite,
            token.Limited ? Roles.SharedSystem : Roles.PracticeSystem);
    }
}

/// <param name="Role"><see cref="Roles.PracticeSystem"/> or <see cref="Roles.SharedSystem"/>.</param>
public sealed record ApiTokenIdentity(Guid TokenId, string Name, PracticeId PracticeId, bool CanWrite, string Role);
