namespace Chronicle.Domain.Tests.Billing;

using Chronicle.Domain.Billing;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using static Chronicle.Domain.Tests.Billing.BillingFixture;

/// <summary>
/// A year's rules carried forward (provisional until confirmed), and diagnoses checked against the
/// ICD-10-CM release in force on the date of service.
/// </summary>
public sealed class RuleYearTests
{
    [Fact]
    public void Rules_carried_forward_are_the_same_rules_with_the_new_dates()
    {
        var carried = RuleSets.Cy2026.CarryForwardTo(2027, provisional: true);

        Assert.Equal((2027, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), true, (int?)2026), (carried.Year, carried.EffectiveFrom, carried.EffectiveTo, carried.Provisional, carried.CarriedFrom));
        Assert.Same(RuleSets.Cy2026.Families, carried.Families);
        Assert.Same(RuleSets.Cy2026.Conflicts, carried.Conflicts);
        Assert.True(carried.Covers(BillingMonth.Parse("2027-01")));
        Assert.False(RuleSets.Cy2026.Provisional);
    }

    [Fact]
    public void A_decision_under_provisional_rules_says_so_and_bills_while_confirmed_rules_do_not_add_the_note()
    {
        var facts = January2027();
        var references = BillingReferences.BuiltIn with { Fees = FeeSchedule.BuiltIn.With(FeeSchedule.BuiltIn.Entries.Where(e => e.Year == 2026).Select(e => e with { Year = 2027 })) };

        var provisional = MonthlyBilling.Evaluate(facts, references, RuleSets.Cy2026.CarryForwardTo(2027, provisional: true));
        var confirmed = MonthlyBilling.Evaluate(facts, references, RuleSets.Cy2026.CarryForwardTo(2027, provisional: false));

        Assert.True(provisional.Status == BillingStatus.Billable, Describe(provisional));
        var note = Assert.Single(provisional.Reasons, r => r.Code == BillingReasonCodes.ProvisionalRules);
        Assert.Equal(ReasonKind.Note, note.Kind);
        Assert.Contains("provisional 2027 rules, carried forward unchanged from 2026", note.Message, StringComparison.Ordinal);
        Assert.Contains("chronicle rules confirm --year 2027", note.Message, StringComparison.Ordinal);
        Assert.StartsWith("docs/rules/ccm.md", note.Source, StringComparison.Ordinal);
        Assert.Equal(2027, provisional.RuleYear);
        Assert.True(confirmed.Status == BillingStatus.Billable, Describe(confirmed));
        Assert.DoesNotContain(confirmed.Reasons, r => r.Code == BillingReasonCodes.ProvisionalRules);
    }

    [Fact]
    public void A_diagnosis_is_checked_against_the_release_in_force_on_the_date_of_service()
    {
        var releases = new Icd10Releases(
        [
            new Icd10CodeSet(new Dictionary<string, bool> { ["I42"] = false, ["I420"] = true, ["I10"] = true }, 2026),
            new Icd10CodeSet(new Dictionary<string, bool> { ["I42"] = false, ["I420"] = false, ["I4200"] = true, ["I4201"] = true, ["I4209"] = true, ["I10"] = true }, 2027),
        ]);
        var references = BillingReferences.BuiltIn with { Icd10 = releases };

        var september = MonthlyBilling.Evaluate(InMonth("2026-09", "I42.0"), references);
        var october = MonthlyBilling.Evaluate(InMonth("2026-10", "I42.0"), references);
        var recoded = MonthlyBilling.Evaluate(InMonth("2026-10", "I42.00"), references);

        Assert.True(september.Status == BillingStatus.Billable, Describe(september));
        Assert.Equal(["I420", "I10"], september.Claim!.Diagnoses);
        Assert.True(october.Status == BillingStatus.Blocked, Describe(october));
        var reason = Assert.Single(october.Reasons, r => r.Code == BillingReasonCodes.InvalidDiagnosis);
        Assert.Contains("FY2027", reason.Message, StringComparison.Ordinal);
        Assert.Contains("code it as I42.00, I42.01 or I42.09", reason.Message, StringComparison.Ordinal);
        Assert.True(recoded.Status == BillingStatus.Billable, Describe(recoded));
        Assert.Equal(["I4200", "I10"], recoded.Claim!.Diagnoses);
    }

    /// <summary>The baseline month moved to <paramref name="month"/> (2026), with 25 staff minutes on the 5th and the care plan reviewed on the 3rd.</summary>
    private static MonthFacts InMonth(string month, string cardiomyopathy) => Baseline() with
    {
        Month = BillingMonth.Parse(month),
        Patient = Baseline().Patient with
        {
            Conditions = [new BillingConditionFact(cardiomyopathy, D("2020-04-01"), null, true), new BillingConditionFact("I10", D("2012-01-01"), null, true)],
        },
        TimeEntries = [Staff($"{month}-05T09:00", 25)],
        CarePlan = Baseline().CarePlan! with { LastActivity = D($"{month}-03") },
        OtherServices = [],
    };

    private static MonthFacts January2027() => Baseline() with
    {
        Month = BillingMonth.Parse("2027-01"),
        Enrollment = new EnrollmentPeriodFact(D("2026-06-01"), null),
        Consent = Baseline().Consent! with { Date = D("2026-06-01") },
        Visits = [new BillingVisitFact(D("2026-05-20"), "99214", DrAdams)],
        TimeEntries = [Staff("2027-01-12T09:00", 25)],
        CarePlan = Baseline().CarePlan! with { LastActivity = D("2027-01-04"), CopyProvidedOn = D("2026-06-02") },
        OtherServices = [],
    };
}
