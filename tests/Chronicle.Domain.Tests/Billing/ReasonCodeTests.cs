namespace Chronicle.Domain.Tests.Billing;

using Chronicle.Domain.Billing;
using Chronicle.Domain.Enrollment;
using static Chronicle.Domain.Tests.Billing.BillingFixture;

/// <summary>
/// Every reason code of docs/spec/billing-scenario.md, each with a month that raises it and a neighbouring
/// month, different in the one fact that matters, that does not.
/// </summary>
public sealed class ReasonCodeTests
{
    private static readonly Dictionary<string, (Func<MonthFacts, MonthFacts> Fails, BillingStatus Status, Func<MonthFacts, MonthFacts> Passes)> Cases = new()
    {
        ["NOT-ENROLLED: no enrollment"] = (f => f with { Enrollment = null }, BillingStatus.NotBillable, f => f),
        ["NOT-ENROLLED: enrollment ended before the month"] = (
            f => f with { Enrollment = new EnrollmentPeriodFact(D("2025-06-01"), D("2026-02-28")) }, BillingStatus.NotBillable,
            f => f with { Enrollment = new EnrollmentPeriodFact(D("2025-06-01"), D("2026-03-01")) }),
        ["NOT-ENROLLED: enrollment starts after the month"] = (
            f => f with { Enrollment = new EnrollmentPeriodFact(D("2026-04-01"), null) }, BillingStatus.NotBillable,
            f => f with { Enrollment = new EnrollmentPeriodFact(D("2026-03-31"), null), Consent = f.Consent! with { Date = D("2026-03-01") } }),
        ["BELOW-THRESHOLD: 19 minutes"] = (f => f with { TimeEntries = StaffMinutes(12, 7) }, BillingStatus.NotBillable, f => f with { TimeEntries = StaffMinutes(12, 8) }),
        ["INSUFFICIENT-CONDITIONS: one chronic condition for CCM"] = (
            f => f with { Patient = f.Patient with { Conditions = [f.Patient.Conditions[0]] } }, BillingStatus.Blocked, f => f),
        ["INSUFFICIENT-CONDITIONS: two codes of one disease"] = (
            f => f with { Patient = f.Patient with { Conditions = [f.Patient.Conditions[0], new("E11.65", D("2020-01-01"), null, null)] } }, BillingStatus.Blocked,
            f => f with { Patient = f.Patient with { Conditions = [f.Patient.Conditions[0], new("I50.9", D("2020-01-01"), null, null)] } }),
        ["INSUFFICIENT-CONDITIONS: a condition abated before the month"] = (
            f => f with { Patient = f.Patient with { Conditions = [f.Patient.Conditions[0], f.Patient.Conditions[1] with { Abatement = D("2026-02-28") }] } }, BillingStatus.Blocked,
            f => f with { Patient = f.Patient with { Conditions = [f.Patient.Conditions[0], f.Patient.Conditions[1] with { Abatement = D("2026-03-01") }] } }),
        ["INSUFFICIENT-CONDITIONS: no chronic condition for PCM"] = (
            f => Pcm(f) with { Patient = f.Patient with { Conditions = [f.Patient.Conditions[0] with { Chronic = false }] } }, BillingStatus.Blocked,
            f => Pcm(f) with { Patient = f.Patient with { Conditions = [f.Patient.Conditions[0]] } }),
        ["NO-CONSENT: none on record"] = (f => f with { Consent = null }, BillingStatus.Blocked, f => f),
        ["NO-CONSENT: dated after the month"] = (f => f with { Consent = f.Consent! with { Date = D("2026-04-02") } }, BillingStatus.Blocked, f => f with { Consent = f.Consent! with { Date = D("2026-03-03") } }),
        ["CONSENT-DECLINED"] = (f => f with { Consent = f.Consent! with { Decision = ConsentDecision.Declined } }, BillingStatus.Blocked, f => f),
        ["CONSENT-REVOKED: before the month"] = (
            f => f with { Consent = f.Consent! with { RevokedOn = D("2026-02-27") } }, BillingStatus.Blocked,
            f => f with { Consent = f.Consent! with { RevokedOn = D("2026-03-02") } }),
        ["CONSENT-OTHER-PRACTITIONER"] = (f => f with { Consent = f.Consent! with { BillingNpi = DrBrown } }, BillingStatus.Blocked, f => f),
        ["CONSENT-INCOMPLETE"] = (
            f => f with { Consent = f.Consent! with { Disclosures = ConsentDisclosures.All & ~ConsentDisclosures.CostSharing } }, BillingStatus.Blocked, f => f),
        ["TIME-BEFORE-CONSENT"] = (
            f => f with { Consent = f.Consent! with { Date = D("2026-03-02") }, TimeEntries = [Staff("2026-03-01T09:00", 5), .. f.TimeEntries] }, BillingStatus.Billable,
            f => f with { Consent = f.Consent! with { Date = D("2026-03-01") }, TimeEntries = [Staff("2026-03-01T09:00", 5), .. f.TimeEntries] }),
        ["NO-INITIATING-VISIT: none"] = (f => f with { Visits = [] }, BillingStatus.Blocked, f => f),
        ["NO-INITIATING-VISIT: by another practitioner"] = (f => f with { Visits = [new("2025-12-10" is var d ? D(d) : default, "99214", DrBrown)] }, BillingStatus.Blocked, f => f),
        ["NO-INITIATING-VISIT: not a qualifying code"] = (f => f with { Visits = [new(D("2025-12-10"), "99211", DrAdams)] }, BillingStatus.Blocked, f => f with { Visits = [new(D("2025-12-10"), "G0439", DrAdams)] }),
        ["NO-INITIATING-VISIT: more than 12 months before the start"] = (
            f => f with { Visits = [new(D("2025-01-04"), "99214", DrAdams)] }, BillingStatus.Blocked,
            f => f with { Visits = [new(D("2025-01-05"), "99214", DrAdams)] }),
        ["NO-INITIATING-VISIT: after the date of service"] = (
            f => f with { Visits = [new(D("2026-03-18"), "99214", DrAdams)] }, BillingStatus.Blocked,
            f => f with { Visits = [new(D("2026-03-17"), "99214", DrAdams)] }),
        ["NO-CARE-PLAN"] = (f => f with { CarePlan = null }, BillingStatus.Blocked, f => f),
        ["CARE-PLAN-INCOMPLETE"] = (f => f with { CarePlan = f.CarePlan! with { Complete = false } }, BillingStatus.Blocked, f => f),
        ["CARE-PLAN-NOT-MAINTAINED"] = (
            f => f with { CarePlan = f.CarePlan! with { LastActivity = D("2026-02-28") } }, BillingStatus.Blocked,
            f => f with { CarePlan = f.CarePlan! with { LastActivity = D("2026-03-31") } }),
        ["CARE-PLAN-NOT-SHARED: never"] = (f => f with { CarePlan = f.CarePlan! with { CopyProvidedOn = null } }, BillingStatus.Blocked, f => f),
        ["CARE-PLAN-NOT-SHARED: after the date of service"] = (
            f => f with { CarePlan = f.CarePlan! with { CopyProvidedOn = D("2026-03-18") } }, BillingStatus.Blocked,
            f => f with { CarePlan = f.CarePlan! with { CopyProvidedOn = D("2026-03-17") } }),
        ["CONFLICT-SAME-PRACTITIONER: PCM"] = (f => Other(f, "99426", DrAdams), BillingStatus.Blocked, f => Other(f, "99495", DrAdams)),
        ["CONFLICT-SAME-PRACTITIONER: home health CPO"] = (f => Other(f, "G0181", DrAdams), BillingStatus.Blocked, f => Other(f, "G0179", DrAdams)),
        ["CONFLICT-SAME-PRACTITIONER: hospice CPO"] = (f => Other(f, "G0182", DrAdams), BillingStatus.Blocked, f => Other(f, "99457", DrAdams)),
        ["CONFLICT-SAME-PRACTITIONER: ESRD monthly"] = (f => Other(f, "90966", DrAdams), BillingStatus.Blocked, f => Other(f, "90971", DrAdams)),
        ["CONFLICT-SAME-PRACTITIONER: APCM"] = (f => Other(f, "G0557", DrAdams), BillingStatus.Blocked, f => Other(f, "99484", DrAdams)),
        ["CONFLICT-SAME-PRACTITIONER: PCM with PCM program and CCM"] = (f => Other(Pcm(f), "99490", DrAdams), BillingStatus.Blocked, f => Other(Pcm(f), "99496", DrAdams)),
        ["CONFLICT-SAME-PRACTITIONER: CCM already billed by the same NPI elsewhere"] = (f => Other(f, "99491", DrAdams), BillingStatus.Blocked, f => Other(f, "99091", DrAdams)),
        ["CONFLICT-SAME-PRACTITIONER: APCM in a PCM month"] = (f => Other(Pcm(f), "G0558", DrAdams), BillingStatus.Blocked, f => Other(Pcm(f), "99484", DrAdams)),
        ["OTHER-PRACTITIONER-BILLED: APCM by another NPI"] = (f => Other(f, "G0556", DrBrown), BillingStatus.Blocked, f => Other(f, "99091", DrBrown)),
        ["OTHER-PRACTITIONER-BILLED: PCM by another NPI in a PCM month"] = (f => Other(Pcm(f), "99426", DrBrown), BillingStatus.Blocked, f => Other(Pcm(f), "99457", DrBrown)),
        ["CONFLICT-OTHER-PRACTITIONER: CCM by another NPI in a PCM month"] = (f => Other(Pcm(f), "99490", DrBrown), BillingStatus.NeedsReview, f => Other(Pcm(f), "99495", DrBrown)),
        ["CONFLICT-OTHER-PRACTITIONER: APCM by another NPI in a PCM month"] = (f => Other(Pcm(f), "G0557", DrBrown), BillingStatus.NeedsReview, f => Other(Pcm(f), "98970", DrBrown)),
        ["OTHER-PRACTITIONER-BILLED: CCM"] = (f => Other(f, "99490", DrBrown), BillingStatus.Blocked, f => Other(f, "99214", DrBrown)),
        ["OTHER-PRACTITIONER-BILLED: complex CCM add-on"] = (f => Other(f, "99489", DrBrown), BillingStatus.Blocked, f => Other(f, "99458", DrBrown)),
        ["OTHER-PRACTITIONER-BILLED: another month does not count"] = (
            f => Other(f, "99491", DrBrown), BillingStatus.Blocked,
            f => f with { OtherServices = [new OtherServiceFact("99491", D("2026-02-27"), DrBrown)] }),
        ["CONFLICT-OTHER-PRACTITIONER: hospice CPO"] = (f => Other(f, "G0182", DrBrown), BillingStatus.NeedsReview, f => Other(f, "99495", DrBrown)),
        ["CONFLICT-OTHER-PRACTITIONER: ESRD monthly"] = (f => Other(f, "90951", DrBrown), BillingStatus.NeedsReview, f => Other(f, "90950", DrBrown)),
        ["CONFLICT-OTHER-PRACTITIONER: PCM"] = (f => Other(f, "99424", DrBrown), BillingStatus.NeedsReview, f => Other(f, "99484", DrBrown)),
        ["INVALID-NPI"] = (
            f => f with { BillingPractitioner = new PractitionerFact("1234567890", "MD"), Consent = f.Consent! with { BillingNpi = "1234567890" }, Visits = [f.Visits[0] with { Npi = "1234567890" }], OtherServices = [] },
            BillingStatus.Blocked, f => f),
        ["INVALID-MBI: malformed"] = (f => f with { Patient = f.Patient with { Mbi = "1SG4TE5MK73" } }, BillingStatus.Blocked, f => f with { Patient = f.Patient with { Mbi = "1EG4-TE5-MK73" } }),
        ["INVALID-MBI: missing"] = (f => f with { Patient = f.Patient with { Mbi = null } }, BillingStatus.Blocked, f => f),
        ["INVALID-DIAGNOSIS"] = (
            f => f with { Patient = f.Patient with { Conditions = [.. f.Patient.Conditions, new("E11..9", null, null, true)] } }, BillingStatus.Blocked,
            f => f with { Patient = f.Patient with { Conditions = [.. f.Patient.Conditions, new("E78.5", null, null, true)] } }),
        ["OVERLAPPING-TIME"] = (
            f => f with { TimeEntries = [.. f.TimeEntries, Staff("2026-03-17T14:35", 10)] }, BillingStatus.Billable,
            f => f with { TimeEntries = [.. f.TimeEntries, Staff("2026-03-17T14:40", 10)] }),
        ["INPATIENT-TIME-EXCLUDED"] = (
            f => f with { TimeEntries = [.. f.TimeEntries, Staff("2026-03-20T09:00", 30, inpatient: true)] }, BillingStatus.Billable,
            f => f with { TimeEntries = [.. f.TimeEntries, Staff("2026-03-20T09:00", 30)] }),
        ["NON-CLINICAL-TIME-EXCLUDED"] = (
            f => f with { TimeEntries = [.. f.TimeEntries, Entry("2026-03-20T09:00", 30, Performer.NonClinical, "clerk", "other", false)] }, BillingStatus.Billable,
            f => f with { TimeEntries = [.. f.TimeEntries, Entry("2026-03-20T09:00", 30, Performer.ClinicalStaff, "clerk", "other", false)] }),
        ["NO-COVERAGE: the only primary ended before the date of service"] = (
            f => f with { Coverage = [PartB(D("2015-01-01"), D("2026-03-16"))] }, BillingStatus.Blocked,
            f => f with { Coverage = [PartB(D("2015-01-01"), D("2026-03-17"))] }),
        ["COMPLEXITY-NOT-ATTESTED"] = (
            f => f with { TimeEntries = StaffMinutes(30, 30, 30), Complexity = Complexity.Low }, BillingStatus.Billable,
            f => f with { TimeEntries = StaffMinutes(30, 30, 30), Complexity = Complexity.Moderate }),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    private static CoverageFact PartB(DateOnly start, DateOnly? end) =>
        new("00952", Domain.Payers.PayerKind.MedicarePartB, "1EG4TE5MK73", Domain.Payers.CoverageOrder.Primary, start, end);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_reason_code_is_given_exactly_when_its_condition_holds(string caseName)
    {
        var (fails, status, passes) = Cases[caseName];
        var code = caseName.Split(':')[0];

        var failing = Evaluate(fails(Baseline()));
        var passing = Evaluate(passes(Baseline()));

        Assert.True(failing.Status == status, Describe(failing));
        var reason = Assert.Single(failing.Reasons, r => r.Code == code);
        Assert.False(string.IsNullOrWhiteSpace(reason.Message));
        Assert.StartsWith("docs/rules/ccm.md", reason.Source.Replace("docs/spec/billing-scenario.md", "docs/rules/ccm.md", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(passing.Reasons, r => r.Code == code);
        Assert.True(passing.Status is BillingStatus.Billable, Describe(passing));
    }

    [Fact]
    public void Every_reason_code_of_the_spec_has_a_case()
    {
        var codes = typeof(BillingReasonCodes).GetFields().Select(f => (string)f.GetValue(null)!);

        // PROVISIONAL-RULES depends on the rule set, not on the month's facts: RuleYearTests covers it both ways.
        // G0511-ENDED and G0512-ENDED concern codes no built-in family proposes: InstitutionalRulesTests covers them both ways.
        var byRules = new[] { BillingReasonCodes.ProvisionalRules, BillingReasonCodes.G0511Ended, BillingReasonCodes.G0512Ended };
        Assert.All(codes.Except(byRules), code => Assert.Contains(Cases.Keys, k => k.Split(':')[0] == code));
    }

    [Fact]
    public void A_blocked_month_still_shows_the_claim_it_would_bill()
    {
        var decision = Evaluate(Baseline() with { Consent = null });

        Assert.Equal(BillingStatus.Blocked, decision.Status);
        Assert.Equal("99490x1", Lines(decision));
        Assert.Equal(new CountedMinutes(22, 0), decision.CountedMinutes);
    }

    [Fact]
    public void A_month_not_billable_has_no_claim()
    {
        Assert.Null(Evaluate(Baseline() with { Enrollment = null }).Claim);
        Assert.Null(Evaluate(Baseline() with { TimeEntries = StaffMinutes(19) }).Claim);
    }

    private static MonthFacts Pcm(MonthFacts facts) => facts with { Program = CareProgram.Pcm, TimeEntries = StaffMinutes(30) };

    private static MonthFacts Other(MonthFacts facts, string code, string npi) =>
        facts with { OtherServices = [.. facts.OtherServices, new OtherServiceFact(code, D("2026-03-10"), npi)] };
}
