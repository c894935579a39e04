namespace Chronicle.Domain.Tests.CarePlans;

using Chronicle.Domain.CarePlans;
using Chronicle.Domain.CarePlans.Templates;
using Chronicle.Domain.Common;
using static Chronicle.Domain.Tests.CarePlans.PlanFixture;

/// <summary>Condition templates keyed by ICD-10-CM prefixes and how they pre-fill a plan.</summary>
public sealed class TemplateTests
{
    [Theory]
    [InlineData("E11.9", "type-2-diabetes")]
    [InlineData("E1165", "type-2-diabetes")]
    [InlineData("I10", "hypertension")]
    [InlineData("I12.9", "hypertension")]
    [InlineData("I11.0", "heart-failure")]
    [InlineData("I50.22", "heart-failure")]
    [InlineData("J44.9", "copd")]
    [InlineData("N18.31", "chronic-kidney-disease")]
    [InlineData("F32.A", "depression")]
    [InlineData("F33.1", "depression")]
    [InlineData("E78.5", "hyperlipidemia")]
    [InlineData("I25.10", "ischemic-heart-disease")]
    [InlineData("M17.11", "osteoarthritis")]
    [InlineData("J45.40", "asthma")]
    [InlineData("E10.9", null)]
    [InlineData("F41.1", null)]
    [InlineData("S52.501A", null)]
    public void A_code_finds_the_template_of_its_longest_matching_prefix(string code, string? key)
    {
        Assert.Equal(key, CarePlanTemplates.For(code)?.Key);
    }

    [Fact]
    public void There_are_ten_templates_each_with_measurable_goals_symptoms_and_owned_interventions()
    {
        Assert.Equal(10, CarePlanTemplates.All.Select(t => t.Key).Distinct().Count());
        Assert.All(CarePlanTemplates.All, t =>
        {
            Assert.NotEmpty(t.Goals);
            Assert.All(t.Goals, g => Assert.True(g.Measure.Length > 0 && g.Target.Length > 0 && g.DueInMonths > 0, t.Key));
            Assert.NotEmpty(t.Symptoms);
            Assert.NotEmpty(t.Interventions);
            Assert.False(string.IsNullOrWhiteSpace(t.ExpectedOutcome + t.Prognosis));
        });
    }

    [Fact]
    public void Diabetes_and_hypertension_prefill_linked_problems_goals_symptoms_and_named_interventions()
    {
        var diabetes = new PlanCondition(ConditionId.New(), "E119", "Type 2 diabetes mellitus without complications");
        var hypertension = new PlanCondition(ConditionId.New(), "I10", "Essential (primary) hypertension");
        var team = new CareTeamMember[]
        {
            new(Guid.NewGuid(), CareTeamKind.Staff, "Rosa Castillo, RN", "Care manager"),
            new(Guid.NewGuid(), CareTeamKind.Staff, "Adaeze Okafor, MD", "Primary care doctor"),
        };

        var plan = CarePlanTemplates.Apply([diabetes, hypertension], new TemplateContext(D("2026-03-02"), team, []));

        Assert.Equal([(diabetes.Id, "E11.9"), (hypertension.Id, "I10")], plan.Problems.Select(p => (p.ConditionId!.Value, p.Code!)));
        Assert.All(plan.Problems, p => Assert.Contains(plan.Goals, g => g.ProblemId == p.Id));
        var a1c = Assert.Single(plan.Goals, g => g.Measure == "HbA1c");
        Assert.Equal(("below 7.5", "%", D("2026-09-02")), (a1c.TargetValue, a1c.Unit, a1c.DueDate));
        Assert.Contains(plan.Interventions, i => i.Responsible == "Rosa Castillo, RN (Care manager)");
        Assert.Contains(plan.Interventions, i => i.Responsible == "Adaeze Okafor, MD (Primary care doctor)");
        Assert.Contains(plan.Interventions, i => i.Responsible == "You (the patient)");
        Assert.Equal(D("2026-04-02"), plan.Review.NextReview);
        Assert.Contains("Type 2 diabetes:", plan.Prognosis, StringComparison.Ordinal);
        Assert.Contains("High blood pressure:", plan.Prognosis, StringComparison.Ordinal);

        // Templates leave what only the team knows: the medicines and their reconciliation, community services.
        Assert.Equal([CarePlanElement.MedicationManagement, CarePlanElement.CommunityServices], plan.MissingElements().Select(m => m.Element));
    }

    [Fact]
    public void Two_codes_of_one_condition_make_one_problem_with_both_codes()
    {
        var plan = CarePlanTemplates.Apply(
            [new PlanCondition(ConditionId.New(), "E1165", "with hyperglycemia"), new PlanCondition(ConditionId.New(), "E119", "without complications")],
            TemplateContext.For(D("2026-03-02")));

        var problem = Assert.Single(plan.Problems);
        Assert.Equal("E11.65, E11.9", problem.Code);
        Assert.Equal(2, plan.Goals.Count);
    }

    [Fact]
    public void A_condition_without_a_template_becomes_a_problem_the_team_sets_goals_for()
    {
        var plan = CarePlanTemplates.Apply([new PlanCondition(ConditionId.New(), "F411", "Generalized anxiety disorder")], TemplateContext.For(D("2026-03-02")));

        Assert.Equal("Generalized anxiety disorder", Assert.Single(plan.Problems).Description);
        Assert.Empty(plan.Goals);
        Assert.Contains(plan.MissingElements(), m => m.Element == CarePlanElement.MeasurableGoals);
    }

    [Theory]
    [InlineData(TeamRole.Patient, "You (the patient)")]
    [InlineData(TeamRole.CareManager, "Your care manager")]
    [InlineData(TeamRole.Practitioner, "Your doctor")]
    [InlineData(TeamRole.Caregiver, "Your caregiver")]
    public void Without_a_care_team_responsibility_is_named_by_role(TeamRole role, string expected)
    {
        Assert.Equal(expected, CarePlanTemplates.Responsible(role, []));
    }
}
