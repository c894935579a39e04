namespace Chronicle.Domain.CarePlans;

/// <summary>The nine required elements of a comprehensive care plan (docs/rules/ccm.md §5.1), in CMS order.</summary>
public enum CarePlanElement
{
    ProblemList = 1,
    ExpectedOutcomeAndPrognosis = 2,
    MeasurableGoals = 3,
    SymptomManagement = 4,
    PlannedInterventions = 5,
    MedicationManagement = 6,
    CommunityServices = 7,
    OutsideCoordination = 8,
    ReviewSchedule = 9,
}

public static class CarePlanElements
{
    public static IReadOnlyList<CarePlanElement> All { get; } = Enum.GetValues<CarePlanElement>();

    /// <summary>The element's name as the plan, the page and the PDF head its section.</summary>
    public static string Title(this CarePlanElement element) => element switch
    {
        CarePlanElement.ProblemList => "Problem list",
        CarePlanElement.ExpectedOutcomeAndPrognosis => "Expected outcome and prognosis",
        CarePlanElement.MeasurableGoals => "Measurable goals",
        CarePlanElement.SymptomManagement => "Symptom management",
        CarePlanElement.PlannedInterventions => "Planned interventions and who is responsible",
        CarePlanElement.MedicationManagement => "Medication management",
        CarePlanElement.CommunityServices => "Community and social services",
        CarePlanElement.OutsideCoordination => "Coordination with outside agencies and specialists",
        CarePlanElement.ReviewSchedule => "Review schedule",
        _ => throw new ArgumentOutOfRangeException(nameof(element), element, "Not a care plan element."),
    };

    /// <summary>A stable code for the element, e.g. "problem-list", for JSON and anchors.</summary>
    public static string Code(this CarePlanElement element) => element switch
    {
        CarePlanElement.ProblemList => "problem-list",
        CarePlanElement.ExpectedOutcomeAndPrognosis => "expected-outcome",
        CarePlanElement.MeasurableGoals => "goals",
        CarePlanElement.SymptomManagement => "symptoms",
        CarePlanElement.PlannedInterventions => "interventions",
        CarePlanElement.MedicationManagement => "medications",
        CarePlanElement.CommunityServices => "community-services",
        CarePlanElement.OutsideCoordination => "coordination",
        CarePlanElement.ReviewSchedule => "review-schedule",
        _ => throw new ArgumentOutOfRangeException(nameof(element), element, "Not a care plan element."),
    };
}

/// <summary>A required element the plan lacks, and what exactly is missing.</summary>
public sealed record MissingElement(CarePlanElement Element, string Reason)
{
    public override string ToString() => $"{Element.Title()}: {Reason}";
}
