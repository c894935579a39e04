namespace Chronicle.Application.Security.Tokens;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Data;
using Microsoft.EntityFrameworkCore;

/// <summary>Revokes a token at once: the next request that presents it is refused. Revoking twice is harmless.</summary>
public sealed class RevokeApiToken(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public const string UnknownTokenCode = "TOKEN-UNKNOWN";

    public async Task<Result<string>> ExecuteAsync(Guid tokenId, string? practiceNpi, CancellationToken cancellationToken)
    {
        var scope = await TokenScope.PracticeAsync(access, practiceNpi, cancellationToken);
        if (scope.Value is not { } practice)
        {
            return scope.Error!;
        }

        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.PracticeId == practice.Id, cancellationToken);
        if (token is null)
        {
            return new BusinessError(UnknownTokenCode, $"Your practice has no API token {tokenId}.");
        }

        if (!token.IsRevoked)
        {
            token.Revoke(clock.GetUtcNow(), access.Actor.Name);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditEntry(AuditActions.TokenRevoke, $"api token {token.Id} revoked", null, practice.Id), cancellationToken);
        }

        return token.Name;
    }
}
