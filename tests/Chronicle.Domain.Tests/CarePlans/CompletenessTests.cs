namespace Chronicle.Domain.Tests.CarePlans;

using Chronicle.Domain.CarePlans;
using static Chronicle.Domain.Tests.CarePlans.PlanFixture;

/// <summary>The nine required elements (docs/rules/ccm.md §5.1): each gap is named.</summary>
public sealed class CompletenessTests
{
    public static TheoryData<string, CarePlanElement, string> Gaps => new()
    {
        { "no problems", CarePlanElement.ProblemList, "No problem is listed." },
        { "no outcome", CarePlanElement.ExpectedOutcomeAndPrognosis, "The expected outcome is not written." },
        { "no prognosis", CarePlanElement.ExpectedOutcomeAndPrognosis, "The prognosis is not written." },
        { "no outcome or prognosis", CarePlanElement.ExpectedOutcomeAndPrognosis, "Neither the expected outcome nor the prognosis is written." },
        { "no goals", CarePlanElement.MeasurableGoals, "No goal is set." },
        { "goal without target", CarePlanElement.MeasurableGoals, "need a measure, a target value and a due date: Lower A1c" },
        { "goal without due date", CarePlanElement.MeasurableGoals, "need a measure, a target value and a due date: Lower A1c" },
        { "problem without goal", CarePlanElement.MeasurableGoals, "These problems have no goal: Hypertension." },
        { "no symptoms", CarePlanElement.SymptomManagement, "No symptom" },
        { "no interventions", CarePlanElement.PlannedInterventions, "No intervention is planned." },
        { "intervention without owner", CarePlanElement.PlannedInterventions, "No one is responsible for: Monthly call." },
        { "no medications", CarePlanElement.MedicationManagement, "does not say the patient takes none" },
        { "no reconciliation", CarePlanElement.MedicationManagement, "No medication reconciliation is recorded." },
        { "no community services", CarePlanElement.CommunityServices, "no note says why none is needed" },
        { "no coordination", CarePlanElement.OutsideCoordination, "no note says how outside care is coordinated" },
        { "no review frequency", CarePlanElement.ReviewSchedule, "How often the plan is reviewed is not set." },
        { "no next review", CarePlanElement.ReviewSchedule, "The next review date is not set." },
    };

    [Fact]
    public void A_plan_with_every_element_is_complete()
    {
        Assert.Empty(Complete().MissingElements());
        Assert.True(Complete().IsComplete);
    }

    [Fact]
    public void An_empty_plan_misses_all_nine_elements_in_order()
    {
        var missing = CarePlanContent.Empty.MissingElements();

        Assert.Equal(CarePlanElements.All, missing.Select(m => m.Element));
    }

    [Theory]
    [MemberData(nameof(Gaps))]
    public void Each_gap_is_named_with_its_element(string gap, CarePlanElement element, string reason)
    {
        var missing = Without(gap).MissingElements();

        var only = Assert.Single(missing);
        Assert.Equal(element, only.Element);
        Assert.Contains(reason, only.Reason, StringComparison.Ordinal);
        Assert.StartsWith(element.Title(), only.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("takes none")]
    [InlineData("services listed")]
    [InlineData("coordination note only")]
    public void Stated_absences_and_alternatives_complete_an_element(string variant)
    {
        var plan = Complete();
        plan = variant switch
        {
            "takes none" => plan with { Medications = [], TakesNoMedications = true },
            "services listed" => plan with { CommunityServicesNote = string.Empty, CommunityServices = [new CommunityService(Guid.NewGuid(), "Meals on Wheels", "County aging office", "Ordered")] },
            _ => plan with { Coordination = [], CoordinationNote = "No outside specialists are involved." },
        };

        Assert.Empty(plan.MissingElements());
    }

    private static CarePlanContent Without(string gap)
    {
        var plan = Complete();
        var goal = plan.Goals[0];
        return gap switch
        {
            "no problems" => plan with { Problems = [], Goals = [goal with { ProblemId = null }] },
            "no outcome" => plan with { ExpectedOutcome = " " },
            "no prognosis" => plan with { Prognosis = string.Empty },
            "no outcome or prognosis" => plan with { ExpectedOutcome = string.Empty, Prognosis = string.Empty },
            "no goals" => plan with { Goals = [] },
            "goal without target" => plan with { Goals = [goal with { TargetValue = string.Empty }] },
            "goal without due date" => plan with { Goals = [goal with { DueDate = null }] },
            "problem without goal" => plan with { Problems = [.. plan.Problems, new PlanProblem(Guid.NewGuid(), "Hypertension")] },
            "no symptoms" => plan with { Symptoms = [] },
            "no interventions" => plan with { Interventions = [] },
            "intervention without owner" => plan with { Interventions = [plan.Interventions[0] with { Responsible = string.Empty }] },
            "no medications" => plan with { Medications = [] },
            "no reconciliation" => plan with { Reconciliations = [] },
            "no community services" => plan with { CommunityServicesNote = string.Empty },
            "no coordination" => plan with { Coordination = [] },
            "no review frequency" => plan with { Review = plan.Review with { Frequency = string.Empty } },
            "no next review" => plan with { Review = plan.Review with { NextReview = null } },
            _ => throw new ArgumentOutOfRangeException(nameof(gap), gap, "Unknown gap."),
        };
    }
}
