namespace Chronicle.Domain.CarePlans;

/// <summary>
/// The body of one version of a comprehensive care plan: the nine elements CMS requires
/// (docs/rules/ccm.md §5.1), the care team and the optional assessments. A value: a version holds one
/// and never changes it; a revision is a new content in a new version.
/// </summary>
public sealed record CarePlanContent
{
    public static CarePlanContent Empty { get; } = new();

    /// <summary>1. Problem list.</summary>
    public IReadOnlyList<PlanProblem> Problems { get; init; } = [];

    /// <summary>2. Expected outcome and prognosis.</summary>
    public string ExpectedOutcome { get; init; } = string.Empty;

    public string Prognosis { get; init; } = string.Empty;

    /// <summary>3. Measurable treatment goals.</summary>
    public IReadOnlyList<PlanGoal> Goals { get; init; } = [];

    /// <summary>4. Symptom management.</summary>
    public IReadOnlyList<PlanSymptom> Symptoms { get; init; } = [];

    /// <summary>5. Planned interventions and the individuals responsible.</summary>
    public IReadOnlyList<PlanIntervention> Interventions { get; init; } = [];

    /// <summary>6. Medication management: the list and its reconciliations.</summary>
    public IReadOnlyList<PlanMedication> Medications { get; init; } = [];

    /// <summary>Stated explicitly, so an empty list is a decision and not an omission.</summary>
    public bool TakesNoMedications { get; init; }

    public IReadOnlyList<MedicationReconciliation> Reconciliations { get; init; } = [];

    /// <summary>7. Community and social services ordered.</summary>
    public IReadOnlyList<CommunityService> CommunityServices { get; init; } = [];

    /// <summary>Why none are ordered, or anything the list does not say.</summary>
    public string CommunityServicesNote { get; init; } = string.Empty;

    /// <summary>8. How outside agencies and specialists are directed and coordinated.</summary>
    public IReadOnlyList<CoordinationItem> Coordination { get; init; } = [];

    public string CoordinationNote { get; init; } = string.Empty;

    /// <summary>9. Schedule for periodic review.</summary>
    public ReviewSchedule Review { get; init; } = ReviewSchedule.None;

    public IReadOnlyList<CareTeamMember> CareTeam { get; init; } = [];

    public OptionalAssessments Optional { get; init; } = OptionalAssessments.Empty;

    /// <summary>The same content with every text cleaned (<see cref="PlanText"/>) and empty rows dropped.</summary>
    public CarePlanContent Normalize() => this with
    {
        Problems = Rows(Problems, p => p with { Description = C(p.Description), Code = PlanText.Has(p.Code) ? C(p.Code) : null, Notes = C(p.Notes) }, p => p.Description),
        ExpectedOutcome = C(ExpectedOutcome),
        Prognosis = C(Prognosis),
        Goals = Rows(Goals, g => g with
        {
            Description = C(g.Description), Measure = C(g.Measure), TargetValue = C(g.TargetValue), Unit = C(g.Unit),
            Progress = (g.Progress ?? []).Select(n => n with { Note = C(n.Note) }).Where(n => n.Note.Length > 0).ToList(),
        }, g => g.Description + g.Measure),
        Symptoms = Rows(Symptoms, s => s with { Symptom = C(s.Symptom), WhatToDo = C(s.WhatToDo), WhenToCall = C(s.WhenToCall) }, s => s.Symptom + s.WhatToDo),
        Interventions = Rows(Interventions, i => i with { Description = C(i.Description), Responsible = C(i.Responsible), Frequency = C(i.Frequency) }, i => i.Description),
        Medications = Rows(Medications, m => m with { Name = C(m.Name), Instructions = C(m.Instructions), Purpose = C(m.Purpose), Prescriber = C(m.Prescriber) }, m => m.Name),
        Reconciliations = Rows(Reconciliations, r => r with { By = C(r.By), Changes = C(r.Changes) }, r => r.By + r.Changes),
        CommunityServices = Rows(CommunityServices, s => s with { Service = C(s.Service), Provider = C(s.Provider), Status = C(s.Status), Contact = C(s.Contact) }, s => s.Service),
        CommunityServicesNote = C(CommunityServicesNote),
        Coordination = Rows(Coordination, k => k with { Party = C(k.Party), Purpose = C(k.Purpose), HowCoordinated = C(k.HowCoordinated) }, k => k.Party),
        CoordinationNote = C(CoordinationNote),
        Review = Review is null ? ReviewSchedule.None : Review with { Frequency = C(Review.Frequency) },
        CareTeam = Rows(CareTeam, m => m with
        {
            Name = C(m.Name), Role = C(m.Role), Phone = C(m.Phone), Email = C(m.Email), Organization = C(m.Organization), Relationship = C(m.Relationship),
        }, m => m.Name),
        Optional = Optional is null ? OptionalAssessments.Empty : new OptionalAssessments(C(Optional.FunctionalCognitive), C(Optional.Caregiver), C(Optional.Environment), C(Optional.AdvanceCarePlanning)),
    };

    /// <summary>Each required element the content lacks, with what is missing; empty when complete.</summary>
    public IReadOnlyList<MissingElement> MissingElements() => CarePlanCompleteness.Check(this);

    public bool IsComplete => MissingElements().Count == 0;

    private static string C(string? text) => PlanText.Clean(text);

    // Content read from JSON may hold nulls where the model has none, and new rows without ids.
    private static List<T> Rows<T>(IReadOnlyList<T>? rows, Func<T, T> clean, Func<T, string> key)
        where T : class, IPlanItem =>
        (rows ?? []).Where(r => r is not null).Select(clean).Where(r => key(r).Length > 0).Select(r => r.Id != Guid.Empty ? r : WithId(r)).ToList();

    private static T WithId<T>(T row)
        where T : class, IPlanItem => row switch
        {
            PlanProblem p => (p with { Id = Guid.NewGuid() } as T)!,
            PlanGoal g => (g with { Id = Guid.NewGuid() } as T)!,
            PlanSymptom s => (s with { Id = Guid.NewGuid() } as T)!,
            PlanIntervention i => (i with { Id = Guid.NewGuid() } as T)!,
            PlanMedication m => (m with { Id = Guid.NewGuid() } as T)!,
            MedicationReconciliation r => (r with { Id = Guid.NewGuid() } as T)!,
            CommunityService c => (c with { Id = Guid.NewGuid() } as T)!,
            CoordinationItem k => (k with { Id = Guid.NewGuid() } as T)!,
            CareTeamMember t => (t with { Id = Guid.NewGuid() } as T)!,
            _ => throw new ArgumentException($"{typeof(T).Name} is not a plan row.", nameof(row)),
        };
}
