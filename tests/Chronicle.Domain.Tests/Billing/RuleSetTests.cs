namespace Chronicle.Domain.Tests.Billing;

using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;
using static Chronicle.Domain.Tests.Billing.BillingFixture;

/// <summary>docs/rules/ccm.md §10 row "Rule versioning" and §7 "Money": rules and amounts by calendar year.</summary>
public sealed class RuleSetTests
{
    [Theory]
    [InlineData("2025-01", 2025)]
    [InlineData("2025-12", 2025)]
    [InlineData("2026-01", 2026)]
    [InlineData("2026-12", 2026)]
    public void A_month_is_decided_by_the_rules_of_its_year(string month, int year)
    {
        var facts = Baseline() with { Month = BillingMonth.Parse(month), TimeEntries = [Staff($"{month}-15T09:00", 25)], CarePlan = Baseline().CarePlan! with { LastActivity = D($"{month}-15") } };
        facts = facts with { Enrollment = new EnrollmentPeriodFact(D("2025-01-01"), null), Consent = facts.Consent! with { Date = D("2025-01-01") }, CarePlan = facts.CarePlan! with { CopyProvidedOn = D("2025-01-01") }, Visits = [new BillingVisitFact(D("2024-12-01"), "99214", DrAdams)] };

        var decision = Evaluate(facts);

        Assert.Equal(year, decision.RuleYear);
        Assert.True(decision.Status == BillingStatus.Billable, Describe(decision));
    }

    [Theory]
    [InlineData("2024-12")]
    [InlineData("2027-01")]
    public void A_month_without_rules_is_refused(string month)
    {
        Assert.Null(RuleSets.For(BillingMonth.Parse(month)));
        Assert.Throws<ArgumentException>(() => Evaluate(Baseline() with { Month = BillingMonth.Parse(month) }));
    }

    [Theory]
    [InlineData(2025, "99490", "60.49", "47.87")]
    [InlineData(2026, "99490", "66.13", "43.76")]
    [InlineData(2026, "99489", "78.16", "43.76")]
    [InlineData(2026, "99437", "63.13", "43.76")]
    [InlineData(2026, "99424", "87.51", "64.80")]
    [InlineData(2026, "G0506", "66.47", "38.41")]
    public void The_built_in_amounts_are_total_RVUs_times_the_conversion_factor(int year, string code, string nonFacility, string facility)
    {
        var entry = FeeSchedule.BuiltIn.Find(year, HcpcsCode.Parse(code))!;

        Assert.Equal((Money.TryParse(nonFacility).Value, Money.TryParse(facility).Value), (entry.NonFacility, entry.Facility));
    }

    [Fact]
    public void Every_code_a_rule_bills_has_an_amount_in_both_years()
    {
        foreach (var rules in RuleSets.All)
        {
            var codes = rules.Families.SelectMany(f => new[] { f.BaseCode, f.AddOnCode }).Append(rules.InitiationAddOn);
            Assert.All(codes, code => Assert.NotNull(FeeSchedule.BuiltIn.Find(rules.Year, code)));
        }
    }

    [Fact]
    public void The_families_carry_the_thresholds_and_caps_of_the_rules()
    {
        var byBase = RuleSets.Cy2026.Families.ToDictionary(f => f.BaseCode.Value);

        Assert.Equal((20, 20, 2), (byBase["99490"].BaseMinutes, byBase["99490"].AddOnMinutes, byBase["99490"].MaxAddOnUnits));
        Assert.Equal((60, 30, true), (byBase["99487"].BaseMinutes, byBase["99487"].AddOnMinutes, byBase["99487"].NeedsModerateOrHighComplexity));
        Assert.Equal((30, 30, TimeBasis.PractitionerOnly), (byBase["99491"].BaseMinutes, byBase["99491"].AddOnMinutes, byBase["99491"].Basis));
        Assert.Equal((30, 30, TimeBasis.AllCountable), (byBase["99426"].BaseMinutes, byBase["99426"].AddOnMinutes, byBase["99426"].Basis));
        Assert.Equal((30, 30, TimeBasis.PractitionerOnly), (byBase["99424"].BaseMinutes, byBase["99424"].AddOnMinutes, byBase["99424"].Basis));
    }
}
