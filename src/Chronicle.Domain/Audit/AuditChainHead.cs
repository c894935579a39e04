namespace Chronicle.Domain.Audit;

/// <summary>
/// The last event appended, kept in a row of its own and advanced in the same transaction as each
/// append. Without it, deleting the newest events would leave a shorter chain that is still
/// perfectly linked; with it, the chain must end where the head says. Appending also continues
/// from the head, not from the newest row left, so a deletion stays visible as a gap.
/// </summary>
public sealed class AuditChainHead
{
    /// <summary>There is one head; the fixed key makes a second one impossible.</summary>
    public const int SingletonId = 1;

    private AuditChainHead()
    {
        Hash = AuditHash.Genesis;
    }

    public int Id { get; private set; }

    public long Sequence { get; private set; }

    public string Hash { get; private set; }

    public AuditLink Link => new(Sequence, Hash);

    public static AuditChainHead Start() => new() { Id = SingletonId, Sequence = 0, Hash = AuditHash.Genesis };

    /// <summary>The stored head as read (to be attached and advanced, without a second read).</summary>
    public static AuditChainHead At(AuditLink stored) => new() { Id = SingletonId, Sequence = stored.Sequence, Hash = stored.Hash };

    /// <summary>Moves the head to an event appended right after it.</summary>
    public void Advance(AuditEvent appended)
    {
        ArgumentNullException.ThrowIfNull(appended);
        if (appended.Sequence != Sequence + 1 || !string.Equals(appended.PreviousHash, Hash, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Event {appended.Sequence} does not follow the chain head at {Sequence}.");
        }

        Sequence = appended.Sequence;
        Hash = appended.Hash;
    }
}
