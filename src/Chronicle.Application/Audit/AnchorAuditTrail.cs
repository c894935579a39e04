namespace Chronicle.Application.Audit;

using Chronicle.Data;
using Chronicle.Domain.Audit;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// chronicle audit anchor: the chain head now (sequence, hash, time) as one anchor line, to keep
/// outside the database — appended to a file on other storage, a ticket, a write-once log — so that
/// <c>audit verify --anchor</c> can later prove the trail still reaches that event unchanged.
/// </summary>
public sealed class AnchorAuditTrail(ChronicleDbContext db, TimeProvider clock)
{
    public const string EmptyCode = "AUDIT-EMPTY";

    public async Task<Common.Result<AuditAnchor>> ExecuteAsync(CancellationToken cancellationToken)
    {
        var head = await db.AuditChainHeads.AsNoTracking()
            .Where(h => h.Id == AuditChainHead.SingletonId)
            .SingleOrDefaultAsync(cancellationToken);
        if (head is null || head.Sequence == 0)
        {
            return new Common.BusinessError(EmptyCode, "The audit trail has no events yet; there is nothing to anchor.");
        }

        return new AuditAnchor(head.Sequence, head.Hash, AuditHash.Normalize(clock.GetUtcNow()));
    }
}
