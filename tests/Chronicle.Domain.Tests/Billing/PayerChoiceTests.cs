namespace Chronicle.Domain.Tests.Billing;

using Chronicle.Domain.Billing;
using Chronicle.Domain.Payers;
using static Chronicle.Domain.Tests.Billing.BillingFixture;

/// <summary>docs/rules/ccm.md §6.5: the claim goes to the primary coverage in force on the date of service (the baseline's is 17 March 2026).</summary>
public sealed class PayerChoiceTests
{
    private static readonly CoverageFact PartB = new("00952", PayerKind.MedicarePartB, "1EG4TE5MK73", CoverageOrder.Primary, D("2015-01-01"), null);
    private static readonly CoverageFact Advantage = new("LKMA1", PayerKind.MedicareAdvantage, "LKM-5501", CoverageOrder.Primary, D("2026-03-01"), null);
    private static readonly CoverageFact Medigap = new("PRGAP", PayerKind.Medigap, "PG-77", CoverageOrder.Secondary, D("2015-01-01"), null);

    [Fact]
    public void A_change_of_coverage_mid_year_bills_each_month_to_the_payer_in_force_on_its_date_of_service()
    {
        var coverage = new List<CoverageFact> { PartB with { End = D("2026-02-28") }, Advantage };
        var february = Baseline() with { Month = Domain.Common.BillingMonth.Parse("2026-02"), Coverage = coverage, TimeEntries = [Staff("2026-02-10T09:00", 25)] };
        var march = Baseline() with { Coverage = coverage };

        var inFebruary = Evaluate(february);
        var inMarch = Evaluate(march);

        Assert.Equal(new ClaimPayerFact("00952", "1EG4TE5MK73", null), inFebruary.Claim!.Payer);
        Assert.Equal(new ClaimPayerFact("LKMA1", "LKM-5501", null), inMarch.Claim!.Payer);
        Assert.Equal(BillingStatus.Billable, inMarch.Status);
    }

    [Fact]
    public void A_patient_with_no_coverage_at_all_is_blocked_with_NO_COVERAGE_and_still_shows_the_claim()
    {
        var decision = Evaluate(Baseline() with { Coverage = [] });

        Assert.Equal(BillingStatus.Blocked, decision.Status);
        var reason = Assert.Single(decision.Reasons, r => r.Code == BillingReasonCodes.NoCoverage);
        Assert.Contains("2026-03-17", reason.Message, StringComparison.Ordinal);
        Assert.Null(decision.Claim!.Payer);
    }

    [Fact]
    public void A_secondary_alone_is_no_payer_to_bill()
    {
        var decision = Evaluate(Baseline() with { Coverage = [Medigap] });

        Assert.Contains(decision.Reasons, r => r.Code == BillingReasonCodes.NoCoverage);
    }

    [Fact]
    public void A_Medigap_secondary_behind_Original_Medicare_is_named_for_crossover_and_not_behind_a_plan()
    {
        var original = Evaluate(Baseline() with { Coverage = [PartB, Medigap] });
        var plan = Evaluate(Baseline() with { Coverage = [Advantage, Medigap] });

        Assert.Equal(new ClaimPayerFact("00952", "1EG4TE5MK73", "PRGAP"), original.Claim!.Payer);
        Assert.Null(plan.Claim!.Payer!.CrossoverPayerCode);
    }

    [Fact]
    public void Facts_that_state_no_coverage_are_billed_as_Original_Medicare_as_scenario_files_always_were()
    {
        var decision = Evaluate(Baseline());

        Assert.Equal(BillingStatus.Billable, decision.Status);
        Assert.Null(decision.Claim!.Payer);
        Assert.DoesNotContain(decision.Reasons, r => r.Code == BillingReasonCodes.NoCoverage);
    }
}
