namespace Chronicle.Domain.Tests.Audit;

using Chronicle.Domain.Audit;

/// <summary>
/// The keyed chain (HMAC-SHA256 under a key kept outside the database) and anchors, without a
/// database: an old unkeyed prefix still verifies, keys rotate, and someone without the key can
/// neither edit a keyed event nor rewrite the tail in the unkeyed form; anchors find a cut tail.
/// </summary>
public sealed class AuditKeyedChainTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly AuditKey First = new("k-first", Enumerable.Repeat((byte)1, 32).ToArray());
    private static readonly AuditKey Second = new("k-second", Enumerable.Repeat((byte)2, 32).ToArray());

    [Fact]
    public void An_unkeyed_prefix_then_events_under_two_keys_verify_with_the_ring()
    {
        var events = Chain((null, 3), (First, 2), (Second, 2));

        var check = Check(events, new AuditKeyRing(Second, [First]));

        Assert.True(check.IsIntact, string.Join("; ", check.Breaks.Select(b => b.Message)));
        Assert.Equal(4, check.FirstKeyed);
        Assert.Equal([null, null, null, "k-first", "k-first", "k-second", "k-second"], events.Select(e => e.KeyId));
    }

    [Fact]
    public void A_keyed_event_cannot_be_verified_without_its_key()
    {
        var events = Chain((First, 2));

        var check = Check(events, new AuditKeyRing(Second, []));

        Assert.Equal([AuditBreakKind.KeyUnknown, AuditBreakKind.KeyUnknown], check.Breaks.Select(b => b.Kind));
    }

    [Fact]
    public void The_same_fields_under_another_key_hash_differently_from_the_unkeyed_form()
    {
        var keyed = AuditEvent.Append(AuditLink.Genesis, Noon, AuditHashTests.Details(), First);
        var other = AuditEvent.Append(AuditLink.Genesis, Noon, AuditHashTests.Details(), new AuditKey("k-first", Enumerable.Repeat((byte)9, 32).ToArray()));
        var unkeyed = AuditEvent.Append(AuditLink.Genesis, Noon, AuditHashTests.Details());

        Assert.NotEqual(keyed.Hash, other.Hash);
        Assert.NotEqual(keyed.Hash, unkeyed.Hash);
        Assert.StartsWith("23:chronicle-audit-event/2\n", AuditHash.Canonical(keyed), StringComparison.Ordinal);
        Assert.Contains("7:k-first\n64:", AuditHash.Canonical(keyed), StringComparison.Ordinal);
        Assert.True(keyed.HashMatches(new AuditKeyRing(First, [])));
        Assert.False(keyed.HashMatches());
    }

    [Fact]
    public void An_unkeyed_event_after_keyed_ones_is_a_rewrite_without_the_key()
    {
        var events = Chain((First, 3));

        // Rewritten in the public SHA-256 form and linked properly: it verifies as a hash, not as a keyed chain.
        events[2] = AuditEvent.Append(events[1].Link, Noon, AuditHashTests.Details(what: "nothing to see"));
        var check = Check(events, new AuditKeyRing(First, []), events[2].Link);

        Assert.Equal([(3L, AuditBreakKind.Unkeyed)], check.Breaks.Select(b => (b.Sequence, b.Kind)));
    }

    [Fact]
    public void Anchors_find_a_cut_tail_and_a_rewritten_event_even_when_the_head_was_moved()
    {
        var events = Chain((First, 5));
        AuditAnchor[] anchors = [new(3, events[2].Hash, Noon), new(5, events[4].Hash, Noon.AddHours(1))];
        var ring = new AuditKeyRing(First, []);

        var cut = Check(events[..3], ring, events[2].Link, anchors);
        var rewritten = Check([.. events[..2], AuditEvent.Append(events[1].Link, Noon, AuditHashTests.Details(what: "other"), First), .. events[3..]], ring, null, [anchors[0]]);
        var intact = Check(events, ring, events[4].Link, anchors);

        Assert.Equal([(5L, AuditBreakKind.AnchorMissing)], cut.Breaks.Select(b => (b.Sequence, b.Kind)));
        Assert.Equal("Event 5, anchored on 2026-03-02 13:00:00 UTC, is gone: the trail was cut back to event 3.", cut.Breaks[0].Message);
        Assert.Contains((3L, AuditBreakKind.AnchorMismatch), rewritten.Breaks.Select(b => (b.Sequence, b.Kind)));
        Assert.True(intact.IsIntact);
    }

    [Theory]
    [InlineData("chronicle-audit-anchor/1 3 abc 2026-03-02T12:00:00.000Z", "line 2: the hash is not 64 lower-case hexadecimal digits.")]
    [InlineData("chronicle-audit-anchor/1 x aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa 2026-03-02T12:00:00.000Z", "line 2: the sequence number 'x' is not a positive whole number.")]
    [InlineData("3 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "line 2: expected 'chronicle-audit-anchor/1 <sequence> <hash> <time>', as 'chronicle audit anchor' writes.")]
    public void A_bad_anchor_line_is_named(string line, string error)
    {
        var (anchors, found) = AuditAnchor.ParseLines(["# kept on the compliance share", line]);

        Assert.Empty(anchors);
        Assert.Equal(error, found);
    }

    [Fact]
    public void An_anchor_line_reads_back()
    {
        var anchor = new AuditAnchor(42, new string('a', 64), Noon);

        var (anchors, error) = AuditAnchor.ParseLines([anchor.Format(), string.Empty]);

        Assert.Null(error);
        Assert.Equal([anchor], anchors);
    }

    private static AuditEvent[] Chain(params (AuditKey? Key, int Count)[] runs)
    {
        var events = new List<AuditEvent>();
        var link = AuditLink.Genesis;
        foreach (var (key, count) in runs)
        {
            for (var i = 0; i < count; i++)
            {
                var e = AuditEvent.Append(link, Noon.AddSeconds(events.Count), AuditHashTests.Details(), key);
                events.Add(e);
                link = e.Link;
            }
        }

        return [.. events];
    }

    private static AuditChainCheck Check(IEnumerable<AuditEvent> events, AuditKeyRing ring, AuditLink? head = null, IReadOnlyCollection<AuditAnchor>? anchors = null)
    {
        var check = new AuditChainCheck(ring, anchors ?? []);
        foreach (var e in events)
        {
            check.Add(e);
        }

        check.Finish(head ?? check.Last);
        return check;
    }
}
