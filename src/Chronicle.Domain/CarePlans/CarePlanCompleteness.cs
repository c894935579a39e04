namespace Chronicle.Domain.CarePlans;

/// <summary>
/// Whether a plan holds every required element (docs/rules/ccm.md §5.1). Billing blocks a month whose
/// plan is incomplete (§10 "Care plan present"), so each gap is named in words a care manager can act on.
/// </summary>
public static class CarePlanCompleteness
{
    public static IReadOnlyList<MissingElement> Check(CarePlanContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var missing = new List<MissingElement>();
        void Miss(CarePlanElement element, string reason) => missing.Add(new MissingElement(element, reason));

        if (content.Problems.Count == 0)
        {
            Miss(CarePlanElement.ProblemList, "No problem is listed.");
        }

        if (!PlanText.Has(content.ExpectedOutcome) || !PlanText.Has(content.Prognosis))
        {
            Miss(CarePlanElement.ExpectedOutcomeAndPrognosis, (PlanText.Has(content.ExpectedOutcome), PlanText.Has(content.Prognosis)) switch
            {
                (false, false) => "Neither the expected outcome nor the prognosis is written.",
                (false, _) => "The expected outcome is not written.",
                _ => "The prognosis is not written.",
            });
        }

        CheckGoals(content, Miss);

        if (content.Symptoms.Count == 0)
        {
            Miss(CarePlanElement.SymptomManagement, "No symptom and what to do about it is listed.");
        }

        if (content.Interventions.Count == 0)
        {
            Miss(CarePlanElement.PlannedInterventions, "No intervention is planned.");
        }
        else if (content.Interventions.Where(i => !PlanText.Has(i.Responsible)).Select(i => i.Description).ToList() is { Count: > 0 } unowned)
        {
            Miss(CarePlanElement.PlannedInterventions, $"No one is responsible for: {string.Join("; ", unowned)}.");
        }

        if (content.Medications.Count == 0 && !content.TakesNoMedications)
        {
            Miss(CarePlanElement.MedicationManagement, "No medication is listed, and the plan does not say the patient takes none.");
        }
        else if (content.Reconciliations.Count == 0)
        {
            Miss(CarePlanElement.MedicationManagement, "No medication reconciliation is recorded.");
        }

        if (content.CommunityServices.Count == 0 && !PlanText.Has(content.CommunityServicesNote))
        {
            Miss(CarePlanElement.CommunityServices, "No service is listed, and no note says why none is needed.");
        }

        if (content.Coordination.Count == 0 && !PlanText.Has(content.CoordinationNote))
        {
            Miss(CarePlanElement.OutsideCoordination, "No agency or specialist is listed, and no note says how outside care is coordinated.");
        }

        if (!content.Review.IsSet)
        {
            Miss(CarePlanElement.ReviewSchedule, PlanText.Has(content.Review.Frequency) ? "The next review date is not set." : "How often the plan is reviewed is not set.");
        }

        return missing;
    }

    private static void CheckGoals(CarePlanContent content, Action<CarePlanElement, string> miss)
    {
        if (content.Goals.Count == 0)
        {
            miss(CarePlanElement.MeasurableGoals, "No goal is set.");
            return;
        }

        var unmeasurable = content.Goals.Where(g => !g.IsMeasurable).Select(g => g.Description).ToList();
        if (unmeasurable.Count > 0)
        {
            miss(CarePlanElement.MeasurableGoals, $"These goals need a measure, a target value and a due date: {string.Join("; ", unmeasurable)}.");
        }

        // Goals are set per condition (docs/rules/ccm.md §5.1 item 3, NOR-QA Q4).
        var served = content.Goals.Where(g => g.ProblemId is not null).Select(g => g.ProblemId!.Value).ToHashSet();
        var orphans = content.Problems.Where(p => !served.Contains(p.Id)).Select(p => p.Description).ToList();
        if (orphans.Count > 0)
        {
            miss(CarePlanElement.MeasurableGoals, $"These problems have no goal: {string.Join("; ", orphans)}.");
        }
    }
}
