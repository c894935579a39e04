namespace Chronicle.Domain.Audit;

using System.Globalization;

/// <summary>
/// Checks an audit trail fed to it one event at a time in sequence order, so a trail of any length
/// is checked in constant memory. It finds edited events (the hash no longer matches the fields),
/// deleted ones (a sequence number is missing), rewritten or reordered ones (an event's previous
/// hash is not its predecessor's hash) and, with the chain head, events deleted from or added at
/// the end. After a break it carries on from the stored event, so one tampered row is reported once.
/// Keyed events are checked with their key (HMAC); once a keyed event has been seen, an unkeyed one
/// after it is a rewrite by someone without the key. Anchors recorded outside the database must
/// each still be found, with their hash: that is what catches a tail cut back and a head moved.
/// </summary>
public sealed class AuditChainCheck
{
    /// <summary>Breaks kept for the report; more are counted, not kept.</summary>
    public const int MaxBreaksKept = 100;

    private readonly List<AuditChainBreak> _breaks = [];
    private readonly AuditKeyRing _keys;
    private readonly Dictionary<long, List<AuditAnchor>> _anchors;
    private readonly HashSet<long> _anchorsReached = [];
    private AuditLink _last = AuditLink.Genesis;
    private long? _firstKeyed;

    /// <summary>A check of an unkeyed trail without anchors.</summary>
    public AuditChainCheck()
        : this(AuditKeyRing.None, [])
    {
    }

    public AuditChainCheck(AuditKeyRing keys, IReadOnlyCollection<AuditAnchor> anchors)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(anchors);
        _keys = keys;
        _anchors = anchors.GroupBy(a => a.Sequence).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>The first keyed event read; null while every event read is unkeyed.</summary>
    public long? FirstKeyed => _firstKeyed;

    /// <summary>Events read.</summary>
    public long Checked { get; private set; }

    public int BreakCount { get; private set; }

    public IReadOnlyList<AuditChainBreak> Breaks => _breaks;

    public bool IsIntact => BreakCount == 0;

    /// <summary>The last event read: where the chain ends.</summary>
    public AuditLink Last => _last;

    public void Add(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        Checked++;
        var expected = _last.Sequence + 1;
        var gap = e.Sequence != expected;
        if (e.Sequence > expected)
        {
            Report(expected, AuditBreakKind.Missing, $"{Range(expected, e.Sequence - 1)} missing: deleted from the trail.");
        }
        else if (e.Sequence < expected)
        {
            Report(e.Sequence, AuditBreakKind.OutOfOrder, $"Event {N(e.Sequence)} comes after event {N(_last.Sequence)}: sequence numbers were changed.");
        }

        if (HashProblem(e) is { } problem)
        {
            Report(e.Sequence, problem.Kind, problem.Message);
        }
        else if (!gap && !string.Equals(e.PreviousHash, _last.Hash, StringComparison.Ordinal))
        {
            Report(e.Sequence, AuditBreakKind.Relinked, e.Sequence == 1
                ? "Event 1 does not start from the genesis value: the start of the trail was replaced."
                : $"Event {N(e.Sequence)} does not link to event {N(_last.Sequence)}: one of them was rewritten with a new hash, or events were reordered.");
        }

        if (_anchors.TryGetValue(e.Sequence, out var anchored))
        {
            _anchorsReached.Add(e.Sequence);
            foreach (var anchor in anchored.Where(a => !string.Equals(a.Hash, e.Hash, StringComparison.Ordinal)))
            {
                Report(e.Sequence, AuditBreakKind.AnchorMismatch,
                    $"Event {N(e.Sequence)} is not the event anchored on {When(anchor)}: it was rewritten.");
            }
        }

        _last = e.Link;
    }

    private (AuditBreakKind Kind, string Message)? HashProblem(AuditEvent e)
    {
        if (e.KeyId is { } keyId)
        {
            _firstKeyed ??= e.Sequence;
            if (_keys.Find(keyId) is null)
            {
                return (AuditBreakKind.KeyUnknown, $"Event {N(e.Sequence)} is signed with the audit key '{keyId}', which is not configured here: it cannot be verified.");
            }

            return e.HashMatches(_keys) ? null : (AuditBreakKind.Edited, $"Event {N(e.Sequence)} no longer matches its hash: it was edited.");
        }

        if (_firstKeyed is { } keyed)
        {
            return (AuditBreakKind.Unkeyed, $"Event {N(e.Sequence)} has an unkeyed hash after keyed events (from event {N(keyed)}): it was written or rewritten without the key.");
        }

        return e.HashMatches() ? null : (AuditBreakKind.Edited, $"Event {N(e.Sequence)} no longer matches its hash: it was edited.");
    }

    /// <summary>Compares where the events end with the recorded chain head (null when the head row is gone).</summary>
    public void Finish(AuditLink? head)
    {
        foreach (var anchor in _anchors.Where(a => !_anchorsReached.Contains(a.Key)).SelectMany(a => a.Value).OrderBy(a => a.Sequence))
        {
            Report(anchor.Sequence, AuditBreakKind.AnchorMissing, anchor.Sequence > _last.Sequence
                ? $"Event {N(anchor.Sequence)}, anchored on {When(anchor)}, is gone: the trail was cut back to event {N(_last.Sequence)}."
                : $"Event {N(anchor.Sequence)}, anchored on {When(anchor)}, is gone: it was deleted.");
        }

        if (head is not { } recorded)
        {
            if (Checked > 0)
            {
                Report(_last.Sequence, AuditBreakKind.HeadMissing,
                    "The chain head record is missing: it was deleted, so events deleted from the end would go unnoticed.");
            }

            return;
        }

        if (recorded.Sequence > _last.Sequence)
        {
            Report(_last.Sequence + 1, AuditBreakKind.Missing,
                $"{Range(_last.Sequence + 1, recorded.Sequence)} missing: deleted from the end of the trail (the chain head records event {N(recorded.Sequence)}).");
        }
        else if (recorded.Sequence < _last.Sequence)
        {
            Report(recorded.Sequence + 1, AuditBreakKind.BeyondHead,
                $"{Range(recorded.Sequence + 1, _last.Sequence)} after the chain head (event {N(recorded.Sequence)}): added outside Chronicle.");
        }
        else if (!string.Equals(recorded.Hash, _last.Hash, StringComparison.Ordinal))
        {
            Report(recorded.Sequence, AuditBreakKind.HeadMismatch,
                $"Event {N(recorded.Sequence)} is not the event the chain head recorded: it was replaced.");
        }
    }

    private void Report(long sequence, AuditBreakKind kind, string message)
    {
        BreakCount++;
        if (_breaks.Count < MaxBreaksKept)
        {
            _breaks.Add(new AuditChainBreak(sequence, kind, message));
        }
    }

    private static string When(AuditAnchor anchor) =>
        anchor.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static string N(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    private static string Range(long first, long last) =>
        first == last ? $"Event {N(first)} is" : $"Events {N(first)}–{N(last)} are";
}

/// <param name="Sequence">The first event the break concerns (for a deletion, the first missing number).</param>
public sealed record AuditChainBreak(long Sequence, AuditBreakKind Kind, string Message);

public enum AuditBreakKind
{
    /// <summary>The event's fields no longer match its hash.</summary>
    Edited,

    /// <summary>Sequence numbers are missing: events were deleted.</summary>
    Missing,

    /// <summary>The event's previous hash is not its predecessor's hash.</summary>
    Relinked,

    /// <summary>Sequence numbers go backwards or repeat.</summary>
    OutOfOrder,

    /// <summary>Events exist beyond the recorded chain head.</summary>
    BeyondHead,

    /// <summary>The last event is not the one the chain head recorded.</summary>
    HeadMismatch,

    /// <summary>Events exist but the chain head record does not.</summary>
    HeadMissing,

    /// <summary>The event is keyed with a key this installation does not have.</summary>
    KeyUnknown,

    /// <summary>An unkeyed event follows keyed ones: written without the key.</summary>
    Unkeyed,

    /// <summary>An anchored event has another hash than the anchor recorded.</summary>
    AnchorMismatch,

    /// <summary>An anchored event is no longer in the trail.</summary>
    AnchorMissing,
}
