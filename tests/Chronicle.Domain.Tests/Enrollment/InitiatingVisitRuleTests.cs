namespace Chronicle.Domain.Tests.Enrollment;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using static Chronicle.Domain.Tests.Enrollment.EnrollmentFixture;

/// <summary>A qualifying visit by the billing practitioner within the year before care management starts (docs/rules/ccm.md §3.5).</summary>
public sealed class InitiatingVisitRuleTests
{
    private static readonly DateOnly Start = D("2026-03-15");

    [Theory]
    [InlineData("2026-03-15", "99213", true)]
    [InlineData("2026-01-10", "99202", true)]
    [InlineData("2026-01-10", "99205", true)]
    [InlineData("2026-01-10", "99212", true)]
    [InlineData("2026-01-10", "99215", true)]
    [InlineData("2026-01-10", "G0438", true)]
    [InlineData("2026-01-10", "G0439", true)]
    [InlineData("2026-01-10", "G0402", true)]
    [InlineData("2025-03-15", "99214", true)]
    [InlineData("2025-03-14", "99214", false)]
    [InlineData("2024-06-01", "99214", false)]
    [InlineData("2026-01-10", "99211", false)]
    [InlineData("2026-01-10", "99201", false)]
    [InlineData("2026-01-10", "99206", false)]
    [InlineData("2026-01-10", "99221", false)]
    [InlineData("2026-01-10", "99495", false)]
    [InlineData("2026-01-10", "99490", false)]
    [InlineData("2026-03-16", "99213", false)]
    public void A_qualifying_code_by_the_practitioner_within_twelve_months_before_the_start_counts(string date, string code, bool found)
    {
        var visit = Visit(date, code, DrAdams);

        var check = InitiatingVisitRule.Default.Check([visit], DrAdams.Npi, Start);

        Assert.Equal(found, check.Satisfied);
        Assert.Equal(found ? visit : null, check.Visit);
    }

    [Fact]
    public void A_visit_by_another_practitioner_does_not_count()
    {
        var check = InitiatingVisitRule.Default.Check([Visit("2026-02-01", "99214", DrBrown)], DrAdams.Npi, Start);

        Assert.False(check.Satisfied);
        Assert.Equal(EnrollmentCodes.VisitNeeded, check.Needed!.Code);
    }

    [Fact]
    public void Visits_without_a_billing_code_or_an_npi_do_not_count()
    {
        var visits = new[]
        {
            new VisitFact(VisitId.New(), D("2026-02-01"), null, DrAdams.Npi),
            new VisitFact(VisitId.New(), D("2026-02-01"), HcpcsCode.Parse("99214"), null),
        };

        Assert.False(InitiatingVisitRule.Default.Check(visits, DrAdams.Npi, Start).Satisfied);
    }

    [Fact]
    public void The_latest_qualifying_visit_is_the_one_reported()
    {
        var latest = Visit("2026-02-20", "99213", DrAdams);
        var visits = new[] { Visit("2025-06-01", "G0439", DrAdams), latest, Visit("2026-03-01", "99213", DrBrown), Visit("2026-03-10", "99211", DrAdams) };

        Assert.Equal(latest, InitiatingVisitRule.Default.Check(visits, DrAdams.Npi, Start).Visit);
    }

    [Fact]
    public void When_a_visit_is_needed_the_finding_says_by_whom_when_and_which_codes_qualify()
    {
        var check = InitiatingVisitRule.Default.Check([Visit("2025-01-10", "99214", DrAdams)], DrAdams.Npi, Start);

        Assert.Equal(
            "No qualifying visit by NPI 1234567893 between 2025-03-15 and 2026-03-15. The billing practitioner must see the patient face to face and discuss care management before it starts, when the patient is new or was not seen by them in the past 12 months. Qualifying visits: 99202–99205, 99212–99215, G0402, G0438, G0439.",
            check.Needed!.Message);
        Assert.Equal(EnrollmentSources.InitiatingVisit, check.Needed.Source);
    }

    [Fact]
    public void A_qualifying_visit_just_after_the_start_is_pointed_out()
    {
        var check = InitiatingVisitRule.Default.Check([Visit("2026-03-20", "99214", DrAdams)], DrAdams.Npi, Start);

        Assert.Contains("There is one on 2026-03-20, after the start", check.Needed!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_with_transitional_care_and_another_lookback_can_be_made()
    {
        var rule = new InitiatingVisitRule(new[] { "99214", "99495", "99496" }.Select(HcpcsCode.Parse), lookbackMonths: 6);

        Assert.Equal("99214, 99495–99496", rule.CodeList);
        Assert.True(rule.Check([Visit("2026-01-10", "99495", DrAdams)], DrAdams.Npi, Start).Satisfied);
        Assert.False(rule.Check([Visit("2025-09-14", "99214", DrAdams)], DrAdams.Npi, Start).Satisfied);
        Assert.Throws<ArgumentException>(() => new InitiatingVisitRule([], 12));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InitiatingVisitRule([HcpcsCode.Parse("99214")], 0));
    }
}
