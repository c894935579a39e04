namespace Chronicle.Domain.Tests.Audit;

using System.Globalization;
using Chronicle.Domain.Audit;
using Chronicle.Domain.Common;

public sealed class AuditHashTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 14, 12, 0, 0, TimeSpan.Zero);

    internal static AuditDetails Details(string what = "patient chart", string? address = "203.0.113.7") => new(
        "user-1", "avery", "care-manager", "web", address, "read", what,
        new PracticeId(Guid.Parse("0190c0de-0000-7000-8000-000000000001")),
        new PatientId(Guid.Parse("0190c0de-0000-7000-8000-0000000000aa")));

    [Fact]
    public void The_canonical_text_writes_every_field_with_its_length_in_a_fixed_order()
    {
        var e = AuditEvent.Append(AuditLink.Genesis, Noon.AddTicks(1234567), Details());

        Assert.Equal(
            "23:chronicle-audit-event/1\n1:1\n24:2026-03-14T12:00:00.123Z\n" +
            "36:0190c0de-0000-7000-8000-000000000001\n6:user-1\n5:avery\n12:care-manager\n3:web\n11:203.0.113.7\n4:read\n" +
            "36:0190c0de-0000-7000-8000-0000000000aa\n13:patient chart\n64:" + AuditHash.Genesis + "\n",
            AuditHash.Canonical(e));
        Assert.Equal(64, e.Hash.Length);
        Assert.Matches("^[0-9a-f]{64}$", e.Hash);
    }

    [Fact]
    public void The_hash_is_the_same_in_every_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            var hashes = new[] { "en-US", "ar-SA", "fa-IR", "th-TH", "de-DE" }.Select(name =>
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                return AuditEvent.Append(new AuditLink(41, new string('a', 64)), Noon, Details()).Hash;
            }).Distinct().ToList();

            Assert.Single(hashes);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Theory]
    [InlineData("what")]
    [InlineData("address")]
    [InlineData("previous")]
    [InlineData("time")]
    public void Any_field_that_differs_gives_another_hash(string field)
    {
        var baseline = AuditEvent.Append(AuditLink.Genesis, Noon, Details()).Hash;

        var other = field switch
        {
            "what" => AuditEvent.Append(AuditLink.Genesis, Noon, Details(what: "patient chart ")),
            "address" => AuditEvent.Append(AuditLink.Genesis, Noon, Details(address: null)),
            "previous" => AuditEvent.Append(new AuditLink(0, new string('1', 64)), Noon, Details()),
            _ => AuditEvent.Append(AuditLink.Genesis, Noon.AddMilliseconds(1), Details()),
        };

        Assert.NotEqual(baseline, other.Hash);
    }

    [Fact]
    public void A_missing_value_and_an_empty_one_differ()
    {
        var missing = AuditEvent.Append(AuditLink.Genesis, Noon, Details(address: null));
        var empty = AuditEvent.Append(AuditLink.Genesis, Noon, Details(address: string.Empty));

        Assert.Null(missing.Address);
        Assert.Equal("unknown", empty.Address);
        Assert.NotEqual(AuditHash.Canonical(missing), AuditHash.Canonical(empty));
    }

    [Fact]
    public void A_value_cannot_pose_as_a_field_boundary()
    {
        // Shifting text between two fields changes their lengths, so the canonical texts differ.
        var a = AuditEvent.Append(AuditLink.Genesis, Noon, Details() with { ActorId = "ab", ActorName = "c" });
        var b = AuditEvent.Append(AuditLink.Genesis, Noon, Details() with { ActorId = "a", ActorName = "bc" });

        Assert.NotEqual(a.Hash, b.Hash);
    }

    [Fact]
    public void Times_are_kept_in_utc_to_the_millisecond()
    {
        var chicago = new DateTimeOffset(2026, 3, 14, 7, 0, 0, TimeSpan.FromHours(-5)).AddTicks(1234567);

        var e = AuditEvent.Append(AuditLink.Genesis, chicago, Details());

        Assert.Equal(TimeSpan.Zero, e.OccurredAt.Offset);
        Assert.Equal(Noon.AddMilliseconds(123), e.OccurredAt);
    }

    [Fact]
    public void Control_characters_are_replaced_and_long_values_cut()
    {
        var e = AuditEvent.Append(AuditLink.Genesis, Noon, Details(what: "line one\nline two\0" + new string('x', 500)) with { ActorName = "" });

        Assert.StartsWith("line one\uFFFDline two\uFFFD", e.What, StringComparison.Ordinal);
        Assert.Equal(AuditEvent.MaxWhatLength, e.What.Length);
        Assert.Equal("unknown", e.ActorName);
        Assert.True(e.HashMatches());
    }

    [Fact]
    public void Each_event_chains_from_the_one_before()
    {
        var head = AuditChainHead.Start();
        var first = AuditEvent.Append(head.Link, Noon, Details());
        head.Advance(first);
        var second = AuditEvent.Append(head.Link, Noon, Details());
        head.Advance(second);

        Assert.Equal(1, first.Sequence);
        Assert.Equal(AuditHash.Genesis, first.PreviousHash);
        Assert.Equal(2, second.Sequence);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.Equal(new AuditLink(2, second.Hash), head.Link);
        Assert.Throws<InvalidOperationException>(() => head.Advance(first));
    }
}
