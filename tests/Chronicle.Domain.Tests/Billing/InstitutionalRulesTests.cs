namespace Chronicle.Domain.Tests.Billing;

using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;
using static Chronicle.Domain.Tests.Billing.BillingFixture;

/// <summary>
/// docs/rules/institutional.md §2–3: which codes an RHC, FQHC or CAH may bill by date of service,
/// each end date with the last day it passes and the first day it is refused, and the expected
/// payment of each setting.
/// </summary>
public sealed class InstitutionalRulesTests
{
    private static readonly HcpcsCode G0511 = HcpcsCode.Parse("G0511");
    private static readonly HcpcsCode G0512 = HcpcsCode.Parse("G0512");

    [Theory]
    [InlineData(BillingSetting.RuralHealthClinic, "2025-09-30", null)]
    [InlineData(BillingSetting.RuralHealthClinic, "2025-10-01", "G0511-ENDED")]
    [InlineData(BillingSetting.FederallyQualifiedHealthCenter, "2025-09-30", null)]
    [InlineData(BillingSetting.FederallyQualifiedHealthCenter, "2025-10-31", "G0511-ENDED")]
    public void G0511_is_accepted_through_september_2025_and_refused_after_with_its_reason(BillingSetting setting, string date, string? code)
    {
        var refusal = RuleSets.Cy2025.RefusalOf(setting, G0511, D(date));

        Assert.Equal(code, refusal?.Code);
        if (refusal is not null)
        {
            Assert.Equal(ReasonKind.Requirement, refusal.Kind);
            Assert.StartsWith("docs/rules/institutional.md §2", refusal.Source, StringComparison.Ordinal);
            Assert.Contains($"not payable to a {setting.ToLabel()} for services after 2025-09-30", refusal.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(2025, "2025-12-31", null)]
    [InlineData(2026, "2026-01-01", "G0512-ENDED")]
    [InlineData(2026, "2026-06-15", "G0512-ENDED")]
    public void G0512_is_refused_for_2026_dates_of_service(int year, string date, string? code)
    {
        var rules = year == 2025 ? RuleSets.Cy2025 : RuleSets.Cy2026;

        Assert.Equal(code, rules.RefusalOf(BillingSetting.RuralHealthClinic, G0512, D(date))?.Code);
    }

    [Fact]
    public void The_individual_codes_are_never_refused_to_a_clinic()
    {
        foreach (var rules in RuleSets.All)
        {
            foreach (var code in rules.Families.SelectMany(f => new[] { f.BaseCode, f.AddOnCode }))
            {
                Assert.Null(rules.RefusalOf(BillingSetting.RuralHealthClinic, code, rules.EffectiveTo));
            }
        }
    }

    [Fact]
    public void The_engine_blocks_a_G0511_line_dated_in_october_2025_and_passes_one_dated_in_september()
    {
        // A rule set that bills G0511 for 20 minutes, as the code was used before 2025: the engine checks every line it proposes.
        var rules = RuleSets.Cy2025 with { Families = [new CodeFamily(CareProgram.Ccm, G0511, HcpcsCode.Parse("99439"), 20, 20, 0, TimeBasis.AllCountable, false, BillingSources.Ccm99490)] };
        MonthFacts Month(string month) => Baseline() with
        {
            Month = BillingMonth.Parse(month),
            Setting = BillingSetting.RuralHealthClinic,
            Enrollment = new EnrollmentPeriodFact(D("2025-01-05"), null),
            Consent = Baseline().Consent! with { Date = D("2025-01-05") },
            Visits = [new BillingVisitFact(D("2024-12-10"), "99214", DrAdams)],
            CarePlan = new CarePlanFact(true, D($"{month}-03"), D("2025-01-06")),
            TimeEntries = [Staff($"{month}-03T09:00", 12), Staff($"{month}-17T14:30", 10)],
            OtherServices = [],
        };

        var september = MonthlyBilling.Evaluate(Month("2025-09"), BillingReferences.BuiltIn, rules);
        var october = MonthlyBilling.Evaluate(Month("2025-10"), BillingReferences.BuiltIn, rules);

        Assert.True(september.Status == BillingStatus.Billable, Describe(september));
        Assert.Equal("G0511x1", Lines(september));
        Assert.True(october.Status == BillingStatus.Blocked, Describe(october));
        Assert.Contains(october.Reasons, r => r.Code == BillingReasonCodes.G0511Ended);
    }

    [Fact]
    public void A_clinic_bills_the_individual_codes_and_the_decision_explains_the_setting()
    {
        var decision = Evaluate(Baseline() with { Setting = BillingSetting.RuralHealthClinic, TimeEntries = StaffMinutes(20, 20) });

        Assert.True(decision.Status == BillingStatus.Billable, Describe(decision));
        Assert.Equal("99490x1 99439x1", Lines(decision));
        Assert.Equal(BillingSetting.RuralHealthClinic, decision.Claim!.Setting);
        Assert.Contains(decision.Explanation, e => e.StartsWith("Billed as a rural health clinic on the institutional claim (type of bill 71x)", StringComparison.Ordinal)
            && e.Contains("national non-facility amount of each code for 2026, without geographic adjustment", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(BillingSetting.ProfessionalOffice, "11", "66.13", "50.44")]
    [InlineData(BillingSetting.ProfessionalOffice, "22", "43.76", "30.73")]
    [InlineData(BillingSetting.RuralHealthClinic, "22", "66.13", "50.44")]
    [InlineData(BillingSetting.FederallyQualifiedHealthCenter, "11", "66.13", "50.44")]
    [InlineData(BillingSetting.CriticalAccessHospitalMethodII, "11", "76.05", "58.01")]
    [InlineData(BillingSetting.CriticalAccessHospitalMethodII, "22", "50.32", "35.34")]
    public void Expected_payment_is_the_national_non_facility_amount_for_clinics_and_115_percent_for_a_cah(BillingSetting setting, string placeOfService, string base99490, string addOn99439)
    {
        // 2026 national amounts: 99490 1.98 / 1.31 RVUs, 99439 1.51 / 0.92 RVUs, × CF 33.4009.
        var claim = new ProposedClaim("1245319599", D("2026-01-27"), placeOfService, ["E119", "I10"],
            [new ClaimLine(HcpcsCode.Parse("99490"), 1), new ClaimLine(HcpcsCode.Parse("99439"), 1)], setting);

        var priced = ClaimContent.Price(claim, 2026, FeeSchedule.BuiltIn, new Dictionary<string, Money>());

        Assert.Equal([base99490, addOn99439], priced.Lines.Select(l => l.ExpectedPayment.ToPlainString()));
    }
}
