namespace Chronicle.Domain.Tests.Eligibility;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Domain.Eligibility;
using Chronicle.Domain.Patients;
using static Chronicle.Domain.Eligibility.ChronicCategories;

public sealed class EligibilityEvaluatorTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 15);

    [Fact]
    public void Two_chronic_conditions_of_different_categories_open_ccm_and_pcm()
    {
        var result = Evaluate(Chronic("E119", Diabetes), Chronic("I10", Hypertension));

        Assert.True(result.CcmEligible);
        Assert.True(result.PcmEligible);
        Assert.Equal([Diabetes, Hypertension], result.ChronicConditions.Select(c => c.Category));
    }

    [Fact]
    public void Two_codes_of_one_category_count_once_and_open_pcm_only()
    {
        var result = Evaluate(Chronic("E119", Diabetes), Chronic("E1165", Diabetes), Chronic("44054006", Diabetes, CodeSystem.SnomedCt));

        Assert.False(result.CcmEligible);
        Assert.True(result.PcmEligible);
        Assert.Single(result.ChronicConditions);
    }

    [Fact]
    public void Categories_compare_without_regard_to_case()
    {
        var result = Evaluate(Chronic("E119", "Diabetes"), Chronic("E1165", "DIABETES"));

        Assert.Single(result.ChronicConditions);
    }

    [Fact]
    public void The_condition_kept_for_a_category_is_the_one_that_began_first()
    {
        var result = Evaluate(
            Chronic("E1165", Diabetes) with { OnsetDate = new DateOnly(2020, 5, 1) },
            Chronic("E119", Diabetes) with { OnsetDate = new DateOnly(2012, 1, 1) },
            Chronic("E1122", Diabetes) with { OnsetDate = null });

        Assert.Equal("E119", Assert.Single(result.ChronicConditions).Code);
    }

    [Fact]
    public void Conditions_not_classified_chronic_do_not_count()
    {
        var result = Evaluate(Chronic("I10", Hypertension), NotChronic("J329"), NotChronic("R7303"));

        Assert.False(result.CcmEligible);
        Assert.True(result.PcmEligible);
    }

    [Fact]
    public void No_conditions_open_nothing()
    {
        var result = Evaluate();

        Assert.False(result.CcmEligible);
        Assert.False(result.PcmEligible);
        Assert.Empty(result.ChronicConditions);
    }

    [Theory]
    [InlineData(ClinicalStatus.Active, true)]
    [InlineData(ClinicalStatus.Recurrence, true)]
    [InlineData(ClinicalStatus.Relapse, true)]
    [InlineData(ClinicalStatus.Inactive, false)]
    [InlineData(ClinicalStatus.Resolved, false)]
    public void Only_clinically_active_conditions_count(ClinicalStatus status, bool counts)
    {
        var result = Evaluate(Chronic("E119", Diabetes), Chronic("I10", Hypertension) with { Status = status });

        Assert.Equal(counts, result.CcmEligible);
        Assert.True(result.PcmEligible);
    }

    [Theory]
    [InlineData("2026-03-14", false)]
    [InlineData("2026-03-15", false)]
    [InlineData("2026-03-16", true)]
    [InlineData("2027-01-01", true)]
    public void A_condition_abated_on_or_before_the_date_does_not_count(string abated, bool counts)
    {
        var result = Evaluate(Chronic("E119", Diabetes), Chronic("I10", Hypertension) with { AbatementDate = Date(abated) });

        Assert.Equal(counts, result.CcmEligible);
    }

    [Theory]
    [InlineData("2026-03-16", false)]
    [InlineData("2026-04-01", false)]
    [InlineData("2026-03-15", true)]
    [InlineData("1990-01-01", true)]
    public void A_condition_that_has_not_begun_by_the_date_does_not_count(string onset, bool counts)
    {
        var result = Evaluate(Chronic("E119", Diabetes), Chronic("I10", Hypertension) with { OnsetDate = Date(onset) });

        Assert.Equal(counts, result.CcmEligible);
    }

    [Fact]
    public void A_future_onset_in_a_category_leaves_the_category_to_its_active_code()
    {
        var result = Evaluate(
            Chronic("E119", Diabetes) with { OnsetDate = new DateOnly(2027, 1, 1) },
            Chronic("E1165", Diabetes) with { OnsetDate = new DateOnly(2015, 1, 1) });

        Assert.Equal("E1165", Assert.Single(result.ChronicConditions).Code);
    }

    [Theory]
    [InlineData("2026-01-10")]
    [InlineData("2026-03-15")]
    public void A_patient_who_has_died_is_eligible_for_nothing(string died)
    {
        var result = EligibilityEvaluator.Evaluate([Chronic("E119", Diabetes), Chronic("I10", Hypertension), Chronic("N184", ChronicKidneyDisease)], AsOf, Date(died));

        Assert.False(result.CcmEligible);
        Assert.False(result.PcmEligible);
    }

    [Fact]
    public void A_death_after_the_date_does_not_change_eligibility_on_the_date()
    {
        var result = EligibilityEvaluator.Evaluate([Chronic("E119", Diabetes), Chronic("I10", Hypertension)], AsOf, new DateOnly(2026, 4, 2));

        Assert.True(result.CcmEligible);
    }

    [Fact]
    public void A_chronic_override_on_an_unclassified_code_counts_as_its_own_condition()
    {
        // What ListEligibility passes for a condition a person marked chronic: no category, so the
        // code stands for itself.
        var sinusitis = NotChronic("J329") with { IsChronic = true, Source = "practice" };

        var result = Evaluate(Chronic("E119", Diabetes), sinusitis);

        Assert.True(result.CcmEligible);
        Assert.Contains(result.ChronicConditions, c => c.Code == "J329" && c.Source == "practice");
    }

    [Fact]
    public void A_not_chronic_override_removes_a_classified_condition()
    {
        var overridden = Chronic("I10", Hypertension) with { IsChronic = false, Source = "practice" };

        Assert.False(Evaluate(Chronic("E119", Diabetes), overridden).CcmEligible);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void A_conditions_override_decides_over_its_classification(bool? chronicOverride, bool chronic)
    {
        var details = new ConditionDetails("src-1", CodeSystem.Icd10Cm, "I10", "Essential hypertension", Icd10Code.Parse("I10"), null, null, ClinicalStatus.Active, chronicOverride);
        var classification = ChronicClassifier.BuiltInOnly.Classify(CodeSystem.Icd10Cm, "I10", Icd10Code.Parse("I10"));

        var condition = Condition.Create(PracticeId.New(), PatientId.New(), details, classification);

        Assert.Equal(chronic, condition.IsChronic);
        Assert.True(classification.IsChronic);
    }

    [Fact]
    public void An_unclassified_condition_marked_chronic_by_a_person_is_chronic()
    {
        var details = new ConditionDetails("src-2", CodeSystem.SnomedCt, "40055000", "Chronic sinusitis", null, null, null, ClinicalStatus.Active, true);

        var condition = Condition.Create(PracticeId.New(), PatientId.New(), details, ChronicClassifier.BuiltInOnly.Classify(CodeSystem.SnomedCt, "40055000", null));

        Assert.True(condition.IsChronic);
        Assert.False(condition.Classification.IsChronic);
    }

    [Fact]
    public void Evaluate_refuses_a_null_list()
    {
        Assert.Throws<ArgumentNullException>(() => EligibilityEvaluator.Evaluate(null!, AsOf, null));
    }

    private static EligibilityResult Evaluate(params ConditionFact[] conditions) => EligibilityEvaluator.Evaluate(conditions, AsOf, null);

    private static ConditionFact Chronic(string code, string category, CodeSystem system = CodeSystem.Icd10Cm) =>
        new(system, code, null, ClinicalStatus.Active, new DateOnly(2020, 1, 1), null, true, category, ChronicClassification.BuiltInSource);

    private static ConditionFact NotChronic(string code) =>
        new(CodeSystem.Icd10Cm, code, null, ClinicalStatus.Active, new DateOnly(2020, 1, 1), null, false, null, "unclassified");

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
