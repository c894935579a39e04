namespace Chronicle.Interop.Fhir.Export;

using System.Globalization;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using Hl7.Fhir.Model;

/// <summary>
/// A measurable goal of the care plan as US Core Goal: lifecycle status, description, the patient,
/// the target (what is measured as text, the value as a Quantity when it is a number, else as
/// text, and the due date), the Condition of the problem it serves, and its progress notes. The id
/// is the goal's own, which stays the same across plan versions.
/// </summary>
public static class GoalExport
{
    public static Goal ToFhir(PlanGoal goal, PatientId patient, IReadOnlyList<PlanProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(problems);
        var resource = new Goal
        {
            Id = goal.Id.ToString(),
            Meta = new Meta { Profile = [UsCoreProfiles.Goal] },
            LifecycleStatus = LifecycleOf(goal.Status),
            Description = new CodeableConcept { Text = goal.Description },
            Subject = References.To("Patient", patient.Value),
            Category = [new CodeableConcept(CcmSystems.CarePlanPart, "goal", "Goal of a Chronicle care plan", null)],
        };
        if (goal.Status == GoalStatus.Achieved)
        {
            resource.AchievementStatus = new CodeableConcept("http://terminology.hl7.org/CodeSystem/goal-achievement", "achieved", "Achieved", null);
        }

        if (PlanText.Has(goal.Measure) || goal.DueDate is not null)
        {
            var target = new Goal.TargetComponent();
            if (PlanText.Has(goal.Measure))
            {
                target.Measure = new CodeableConcept { Text = goal.Measure };
                target.Detail = Detail(goal);
            }

            if (goal.DueDate is { } due)
            {
                target.Due = new Date(Dates.Date(due));
            }

            resource.Target.Add(target);
        }

        if (goal.ProblemId is { } problemId && problems.FirstOrDefault(p => p.Id == problemId)?.ConditionId is { } condition)
        {
            resource.Addresses.Add(References.To("Condition", condition.Value));
        }

        foreach (var progress in goal.Progress)
        {
            resource.Note.Add(new Annotation { Time = Dates.Date(progress.Date), Text = new Markdown(progress.Note) });
        }

        return resource;
    }

    public static Goal.GoalLifecycleStatus LifecycleOf(GoalStatus status) => status switch
    {
        GoalStatus.Proposed => Goal.GoalLifecycleStatus.Proposed,
        GoalStatus.Active => Goal.GoalLifecycleStatus.Active,
        GoalStatus.Achieved => Goal.GoalLifecycleStatus.Completed,
        GoalStatus.OnHold => Goal.GoalLifecycleStatus.OnHold,
        _ => Goal.GoalLifecycleStatus.Cancelled,
    };

    /// <summary>"7.5" with unit "%" is a Quantity; "&lt; 140/90" stays text.</summary>
    private static DataType? Detail(PlanGoal goal)
    {
        if (!PlanText.Has(goal.TargetValue))
        {
            return null;
        }

        return decimal.TryParse(goal.TargetValue, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? new Quantity { Value = value, Unit = PlanText.Has(goal.Unit) ? goal.Unit : null }
            : new FhirString(PlanText.Has(goal.Unit) ? $"{goal.TargetValue} {goal.Unit}" : goal.TargetValue);
    }
}
