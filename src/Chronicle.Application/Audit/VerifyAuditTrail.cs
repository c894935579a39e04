namespace Chronicle.Application.Audit;

using Chronicle.Application.Importing;
using Chronicle.Data;
using Chronicle.Data.Audit;
using Chronicle.Domain.Audit;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// chronicle audit verify and the auditor's page: recomputes every event's hash in sequence order
/// and checks the links between them and the chain head (<see cref="AuditChainCheck"/>). Events
/// are streamed, never held, so any length of trail is checked in constant memory; the head and
/// the events are read in one snapshot, so appends made meanwhile are not mistaken for tampering.
/// Keyed events are checked with the installation's keys, and anchors kept outside the database
/// (<c>chronicle audit anchor</c>) must all still be found with their hashes.
/// </summary>
public sealed class VerifyAuditTrail(ChronicleDbContext db, AuditKeyRing keys)
{
    private const int ProgressEvery = 10_000;

    /// <summary>How many events the trail should hold, from its head: cheap, unlike counting rows.</summary>
    public async Task<long> LengthAsync(CancellationToken cancellationToken) =>
        await db.AuditChainHeads.AsNoTracking().Where(h => h.Id == AuditChainHead.SingletonId).Select(h => h.Sequence).SingleOrDefaultAsync(cancellationToken);

    public Task<AuditVerification> ExecuteAsync(IImportProgress progress, CancellationToken cancellationToken) =>
        ExecuteAsync([], progress, cancellationToken);

    public async Task<AuditVerification> ExecuteAsync(IReadOnlyCollection<AuditAnchor> anchors, IImportProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        ArgumentNullException.ThrowIfNull(progress);
        var check = new AuditChainCheck(keys, anchors);
        await using var snapshot = await AuditChainLock.BeginSnapshotAsync(db, cancellationToken);
        var head = await db.AuditChainHeads.AsNoTracking()
            .Where(h => h.Id == AuditChainHead.SingletonId)
            .SingleOrDefaultAsync(cancellationToken);

        progress.Start("Verifying the audit trail (events)", head?.Sequence ?? 0);
        try
        {
            var events = db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable();
            await foreach (var e in events.WithCancellation(cancellationToken))
            {
                check.Add(e);
                if (check.Checked % ProgressEvery == 0)
                {
                    progress.Advance(ProgressEvery);
                }
            }

            progress.Advance(check.Checked % ProgressEvery);
        }
        finally
        {
            progress.Done();
        }

        check.Finish(head?.Link);
        return new AuditVerification(check.Checked, head?.Link, check.Breaks, check.BreakCount)
        {
            FirstKeyed = check.FirstKeyed,
            KeyConfigured = keys.Current is not null,
            Anchors = anchors.Count,
        };
    }
}

/// <param name="Checked">Events read.</param>
/// <param name="Head">The recorded chain head; null when there is none (an empty trail, or a deleted head).</param>
/// <param name="Breaks">The first <see cref="AuditChainCheck.MaxBreaksKept"/> breaks, in sequence order.</param>
/// <param name="BreakCount">All breaks found.</param>
public sealed record AuditVerification(long Checked, AuditLink? Head, IReadOnlyList<AuditChainBreak> Breaks, int BreakCount)
{
    public bool IsIntact => BreakCount == 0;

    /// <summary>The first event signed with an audit key; null when every event is unkeyed.</summary>
    public long? FirstKeyed { get; init; }

    /// <summary>Whether this installation signs new events with a key.</summary>
    public bool KeyConfigured { get; init; }

    /// <summary>Anchors checked.</summary>
    public int Anchors { get; init; }

    public AuditChainBreak? FirstBreak => Breaks.Count > 0 ? Breaks[0] : null;
}
