namespace Chronicle.Domain.Tests.Audit;

using Chronicle.Domain.Audit;

public sealed class AuditChainCheckTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 14, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_untouched_chain_is_intact()
    {
        var (events, head) = Chain(5);

        var check = Check(events, head);

        Assert.True(check.IsIntact);
        Assert.Equal(5, check.Checked);
        Assert.Equal(head, check.Last);
    }

    [Fact]
    public void An_empty_trail_without_a_head_is_intact()
    {
        Assert.True(Check([], null).IsIntact);
    }

    [Fact]
    public void An_edited_event_is_named_once()
    {
        var (events, head) = Chain(5);
        typeof(AuditEvent).GetProperty(nameof(AuditEvent.What))!.SetValue(events[2], "patient list");

        var check = Check(events, head);

        var only = Assert.Single(check.Breaks);
        Assert.Equal((3L, AuditBreakKind.Edited), (only.Sequence, only.Kind));
        Assert.Contains("Event 3 no longer matches its hash", only.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "Event 1 is missing")]
    [InlineData(3, "Event 3 is missing")]
    public void A_deleted_event_is_named_as_missing(int deleted, string message)
    {
        var (events, head) = Chain(5);
        events.RemoveAt(deleted - 1);

        var only = Assert.Single(Check(events, head).Breaks);

        Assert.Equal((deleted, AuditBreakKind.Missing), ((int)only.Sequence, only.Kind));
        Assert.StartsWith(message, only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_deleted_from_the_end_are_missing_against_the_head()
    {
        var (events, head) = Chain(5);
        events.RemoveRange(3, 2);

        var only = Assert.Single(Check(events, head).Breaks);

        Assert.Equal((4L, AuditBreakKind.Missing), (only.Sequence, only.Kind));
        Assert.StartsWith("Events 4–5 are missing: deleted from the end", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_rewritten_with_a_fresh_hash_breaks_the_link_of_the_next()
    {
        var (events, head) = Chain(5);
        events[2] = AuditEvent.Append(events[1].Link, Noon, AuditHashTests.Details(what: "nothing to see"));

        var only = Assert.Single(Check(events, head).Breaks);

        Assert.Equal((4L, AuditBreakKind.Relinked), (only.Sequence, only.Kind));
    }

    [Fact]
    public void A_replaced_start_of_the_trail_is_found()
    {
        var (events, head) = Chain(2);
        events[0] = AuditEvent.Append(new AuditLink(0, new string('f', 64)), Noon, AuditHashTests.Details());
        events[1] = AuditEvent.Append(events[0].Link, Noon, AuditHashTests.Details());

        var breaks = Check(events, head).Breaks;

        Assert.Equal([(1L, AuditBreakKind.Relinked), (2L, AuditBreakKind.HeadMismatch)], breaks.Select(b => (b.Sequence, b.Kind)));
    }

    [Fact]
    public void Events_after_the_head_and_a_missing_head_are_found()
    {
        var (events, _) = Chain(4);

        var beyond = Assert.Single(Check(events, new AuditLink(2, events[1].Hash)).Breaks);
        var missing = Assert.Single(Check(events, null).Breaks);

        Assert.Equal((3L, AuditBreakKind.BeyondHead), (beyond.Sequence, beyond.Kind));
        Assert.Equal(AuditBreakKind.HeadMissing, missing.Kind);
    }

    [Fact]
    public void Breaks_beyond_the_report_limit_are_counted()
    {
        var (events, head) = Chain(AuditChainCheck.MaxBreaksKept + 20);
        foreach (var e in events)
        {
            typeof(AuditEvent).GetProperty(nameof(AuditEvent.ActorName))!.SetValue(e, "someone else");
        }

        var check = Check(events, head);

        Assert.Equal(AuditChainCheck.MaxBreaksKept, check.Breaks.Count);
        Assert.Equal(AuditChainCheck.MaxBreaksKept + 20, check.BreakCount);
    }

    private static (List<AuditEvent> Events, AuditLink Head) Chain(int count)
    {
        var head = AuditChainHead.Start();
        var events = new List<AuditEvent>();
        for (var i = 0; i < count; i++)
        {
            var e = AuditEvent.Append(head.Link, Noon.AddSeconds(i), AuditHashTests.Details());
            head.Advance(e);
            events.Add(e);
        }

        return (events, head.Link);
    }

    private static AuditChainCheck Check(IEnumerable<AuditEvent> events, AuditLink? head)
    {
        var check = new AuditChainCheck();
        foreach (var e in events)
        {
            check.Add(e);
        }

        check.Finish(head);
        return check;
    }
}
