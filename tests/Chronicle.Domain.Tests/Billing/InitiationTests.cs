namespace Chronicle.Domain.Tests.Billing;

using Chronicle.Domain.Billing;
using Chronicle.Domain.Enrollment;
using static Chronicle.Domain.Tests.Billing.BillingFixture;

/// <summary>docs/rules/ccm.md §10 row "G0506": once, at CCM initiation, for the practitioner's own care planning.</summary>
public sealed class InitiationTests
{
    private static MonthFacts FirstMonth() => Baseline() with
    {
        Enrollment = new EnrollmentPeriodFact(D("2026-03-02"), null),
        Consent = Baseline().Consent! with { Date = D("2026-03-02") },
        TimeEntries = [Doctor("2026-03-02T10:00", 15, "care-plan"), Staff("2026-03-09T09:00", 10)],
    };

    [Fact]
    public void The_first_month_with_the_practitioners_care_planning_adds_G0506_after_the_monthly_lines()
    {
        var decision = Evaluate(FirstMonth());

        Assert.True(decision.Status == BillingStatus.Billable, Describe(decision));
        Assert.Equal("99490x1 G0506x1", Lines(decision));
    }

    public static TheoryData<string> Without => new("later month", "billed before", "billed this month", "staff care planning", "pcm");

    [Theory]
    [MemberData(nameof(Without))]
    public void G0506_is_not_added_outside_those_conditions(string variant)
    {
        var facts = variant switch
        {
            "later month" => FirstMonth() with { Enrollment = new EnrollmentPeriodFact(D("2026-02-27"), null) },
            "billed before" => FirstMonth() with { G0506BilledBefore = true },
            "billed this month" => FirstMonth() with { OtherServices = [new OtherServiceFact("G0506", D("2026-03-02"), DrAdams)] },
            "staff care planning" => FirstMonth() with { TimeEntries = [Staff("2026-03-02T10:00", 15, activity: "care-plan"), Staff("2026-03-09T09:00", 10)] },
            _ => FirstMonth() with { Program = CareProgram.Pcm, TimeEntries = [Doctor("2026-03-02T10:00", 30, "care-plan")] },
        };

        var decision = Evaluate(facts);

        Assert.DoesNotContain("G0506", Lines(decision), StringComparison.Ordinal);
        Assert.NotEqual("none", Lines(decision));
    }

    [Fact]
    public void Under_the_initiating_visit_reading_G0506_stays_off_the_monthly_claim()
    {
        var rules = RuleSets.Cy2026 with { InitiationBilling = InitiationBilling.WithInitiatingVisit };

        var decision = MonthlyBilling.Evaluate(FirstMonth(), BillingReferences.BuiltIn, rules);

        Assert.Equal("99490x1", Lines(decision));
        Assert.Contains(decision.Explanation, l => l.StartsWith("G0506 belongs on the initiating visit", StringComparison.Ordinal));
    }
}
