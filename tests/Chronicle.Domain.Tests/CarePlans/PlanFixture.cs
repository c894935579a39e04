namespace Chronicle.Domain.Tests.CarePlans;

using System.Globalization;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;

/// <summary>A complete plan and the people who work on it, for the care-plan tests to vary.</summary>
internal static class PlanFixture
{
    public static readonly PracticeId Practice = PracticeId.New();

    public static readonly PlanActor Nurse = new("user-rn", "Rosa Castillo, RN", IsBillingPractitioner: false);

    public static readonly PlanActor Doctor = new("user-md", "Adaeze Okafor, MD", IsBillingPractitioner: true);

    public static readonly Guid DiabetesId = Guid.NewGuid();

    public static readonly Guid GoalId = Guid.NewGuid();

    // Fixed row ids, so two calls of Complete() are the same plan.
    private static readonly Guid[] RowIds = [.. Enumerable.Range(0, 8).Select(_ => Guid.NewGuid())];

    private static readonly ConditionId DiabetesCondition = ConditionId.New();

    public static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static BillingMonth M(string text) => BillingMonth.Parse(text);

    public static PlanMoment On(string date) => new(new DateTimeOffset(D(date), new TimeOnly(15, 0), TimeSpan.Zero), D(date));

    public static CarePlanContent Complete() => new()
    {
        Problems = [new PlanProblem(DiabetesId, "Type 2 diabetes", DiabetesCondition, "E11.9")],
        ExpectedOutcome = "Keep blood sugar in range.",
        Prognosis = "Good with treatment.",
        Goals = [new PlanGoal(GoalId, "Lower A1c", DiabetesId, "HbA1c", "7.5", "%", D("2026-09-01"), GoalStatus.Active, [])],
        Symptoms = [new PlanSymptom(RowIds[0], "Low blood sugar", "Take juice", "If more than once a week")],
        Interventions = [new PlanIntervention(RowIds[1], "Monthly call", "Rosa Castillo, RN (care manager)", "monthly", DiabetesId)],
        Medications = [new PlanMedication(RowIds[2], "Metformin 500 mg", "One tablet twice a day", "Blood sugar", "Dr Okafor")],
        Reconciliations = [new MedicationReconciliation(RowIds[3], D("2026-03-02"), "Rosa Castillo, RN", "No changes")],
        CommunityServicesNote = "None needed: lives with daughter who drives.",
        Coordination = [new CoordinationItem(RowIds[4], "Eye doctor", "Yearly exam", "Referral and report")],
        Review = new ReviewSchedule("Monthly", D("2026-04-02")),
        CareTeam = [new CareTeamMember(RowIds[5], CareTeamKind.Staff, "Rosa Castillo, RN", "Care manager", "217-555-0100")],
    };

    /// <summary>A plan started on 2026-03-02 by the nurse and signed that day by the doctor.</summary>
    public static CarePlan Signed()
    {
        var plan = CarePlan.Start(Practice, PatientId.New(), Complete(), Nurse, On("2026-03-02"));
        Assert.True(plan.Sign(1, Doctor, On("2026-03-02")).Succeeded);
        return plan;
    }
}
