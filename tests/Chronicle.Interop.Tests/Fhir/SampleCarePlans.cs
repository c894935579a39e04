namespace Chronicle.Interop.Tests.Fhir;

using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;

/// <summary>A care plan body with every required element filled, for the export and import mapping tests.</summary>
internal static class SampleCarePlans
{
    public static CarePlanContent Complete(PlanProblem problem, string outcome, Guid goalId, StaffId nurse) => new()
    {
        Problems = [problem],
        ExpectedOutcome = outcome,
        Prognosis = "Good with adherence",
        Goals = [new PlanGoal(goalId, "Lower HbA1c", problem.Id, "HbA1c", "7.5", "%", new DateOnly(2026, 6, 30), GoalStatus.Active, [])],
        Symptoms = [new PlanSymptom(Guid.NewGuid(), "Thirst", "Check sugar")],
        Interventions = [new PlanIntervention(Guid.NewGuid(), "Monthly call", "Rosa Castillo, RN")],
        TakesNoMedications = true,
        Reconciliations = [new MedicationReconciliation(Guid.NewGuid(), new DateOnly(2026, 1, 1), "Rosa Castillo, RN", "None")],
        CommunityServicesNote = "None needed",
        CoordinationNote = "None needed",
        Review = new ReviewSchedule("Monthly", new DateOnly(2026, 2, 1)),
        CareTeam =
        [
            new CareTeamMember(Guid.NewGuid(), CareTeamKind.Staff, "Rosa Castillo", "Nurse", StaffId: nurse),
            new CareTeamMember(Guid.NewGuid(), CareTeamKind.Caregiver, "Margaret Abernathy", "Caregiver", "217-555-0142", Relationship: "Daughter"),
        ],
    };
}
