namespace Chronicle.Domain.Tests.Payers;

using Chronicle.Domain.Common;
using Chronicle.Domain.Payers;

/// <summary>ADR 0220: a coverage is refused by field for a bad member id or dates, and never two primaries at once.</summary>
public sealed class CoverageRulesTests
{
    private static readonly PracticeId Practice = PracticeId.New();
    private static readonly PatientId Patient = PatientId.New();
    private static readonly Payer PartB = Payer.Create(Practice, new PayerDetails("06102", "Medicare Part B (NGS J6)", PayerKind.MedicarePartB, "J6", ClaimFormat.Professional837P, "06102", "ZZ", "NGS"));
    private static readonly Payer Advantage = Payer.Create(Practice, new PayerDetails("RVBMA", "Riverbend Advantage", PayerKind.MedicareAdvantage, null, ClaimFormat.Professional837P, "RVBMA", "ZZ", "RIVERBEND"));
    private static readonly Payer Medigap = Payer.Create(Practice, new PayerDetails("PRGAP", "Prairie Medigap", PayerKind.Medigap, null, ClaimFormat.Professional837P, "PRGAP", "ZZ", "PRAIRIE"));

    [Theory]
    [InlineData("1EG4TE5MK73", "1EG4TE5MK73")]
    [InlineData("1eg4-te5-mk73", "1EG4TE5MK73")]
    [InlineData("9AA9AA9AA99", "9AA9AA9AA99")]
    [InlineData("1A09A09AA00", "1A09A09AA00")]
    public void An_Original_Medicare_member_id_is_a_valid_MBI_stored_without_dashes(string typed, string stored)
    {
        var change = CoverageRules.Apply([], Practice, Patient, PartB, Details(PartB, typed, CoverageOrder.Primary, "2026-01-01", null));

        Assert.Null(change.Refusal);
        Assert.Equal(stored, change.Coverage!.MemberId);
    }

    [Theory]
    [InlineData("0EG4TE5MK73", "position 1")]
    [InlineData("1SG4TE5MK73", "position 2")]
    [InlineData("1EG4TE5MK7", "11 characters")]
    [InlineData("1EG4TE5MK733", "11 characters")]
    [InlineData("1EG4TE5MKZ3", "position 10")]
    [InlineData("1EG4TE5MB73", "position 9")]
    [InlineData("1EG4-TE5MK73", "dashes")]
    [InlineData("1EGATE5MK73", "position 4")]
    public void An_Original_Medicare_member_id_that_is_not_an_MBI_is_refused_in_member_id(string typed, string says)
    {
        var change = CoverageRules.Apply([], Practice, Patient, PartB, Details(PartB, typed, CoverageOrder.Primary, "2026-01-01", null));

        Assert.Equal("member_id", change.Field);
        Assert.Contains(says, change.Refusal, StringComparison.Ordinal);
        Assert.Contains("MBI", change.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plans_member_id_is_its_own_and_not_checked_as_an_MBI()
    {
        var change = CoverageRules.Apply([], Practice, Patient, Advantage, Details(Advantage, "RVB-100023", CoverageOrder.Primary, "2026-01-01", null));

        Assert.Null(change.Refusal);
        Assert.Equal("RVB-100023", change.Coverage!.MemberId);
    }

    [Fact]
    public void An_end_before_the_start_is_refused_in_end_date()
    {
        var change = CoverageRules.Apply([], Practice, Patient, PartB, Details(PartB, "1EG4TE5MK73", CoverageOrder.Primary, "2026-05-01", "2026-04-30"));

        Assert.Equal("end_date", change.Field);
    }

    [Fact]
    public void Overlapping_primaries_are_refused_and_back_to_back_ones_are_not()
    {
        var coverage = new List<Coverage>();
        Assert.Null(CoverageRules.Apply(coverage, Practice, Patient, PartB, Details(PartB, "1EG4TE5MK73", CoverageOrder.Primary, "2015-01-01", "2026-06-30")).Refusal);

        var overlapping = CoverageRules.Apply(coverage, Practice, Patient, Advantage, Details(Advantage, "RVB1", CoverageOrder.Primary, "2026-06-30", null));
        var following = CoverageRules.Apply(coverage, Practice, Patient, Advantage, Details(Advantage, "RVB1", CoverageOrder.Primary, "2026-07-01", null));

        Assert.Equal("start_date", overlapping.Field);
        Assert.Contains("one primary at a time", overlapping.Refusal, StringComparison.Ordinal);
        Assert.Null(following.Refusal);
        Assert.Equal(2, coverage.Count);
    }

    [Fact]
    public void A_secondary_alongside_the_primary_is_accepted_and_changing_a_coverage_does_not_clash_with_itself()
    {
        var coverage = new List<Coverage>();
        var primary = CoverageRules.Apply(coverage, Practice, Patient, PartB, Details(PartB, "1EG4TE5MK73", CoverageOrder.Primary, "2015-01-01", null)).Coverage!;
        var secondary = CoverageRules.Apply(coverage, Practice, Patient, Medigap, Details(Medigap, "PG1", CoverageOrder.Secondary, "2015-01-01", null));

        var ended = CoverageRules.Apply(coverage, Practice, Patient, PartB, Details(PartB, "1EG4TE5MK73", CoverageOrder.Primary, "2015-01-01", "2026-12-31"), primary.Id);

        Assert.Null(secondary.Refusal);
        Assert.Null(ended.Refusal);
        Assert.True(ended.Changed);
        Assert.Equal(new DateOnly(2026, 12, 31), primary.End);
        Assert.Equal(2, coverage.Count);
    }

    [Fact]
    public void A_Part_B_payer_needs_its_MAC_jurisdiction_and_a_two_character_qualifier()
    {
        var problems = new PayerDetails("06102", "Medicare", PayerKind.MedicarePartB, null, ClaimFormat.Professional837P, "06102", "Z", "NGS").Problems().Select(p => p.Field).ToList();

        Assert.Equal(["mac_jurisdiction", "receiver_qualifier"], problems);
    }

    private static CoverageDetails Details(Payer payer, string member, CoverageOrder order, string start, string? end) =>
        new(payer.Id, member, null, order, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
}
