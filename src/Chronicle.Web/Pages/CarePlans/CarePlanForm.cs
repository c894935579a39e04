namespace Chronicle.Web.Pages.CarePlans;

using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;

/// <summary>
/// The editor's form: every section as plain fields, rows carrying their id in a hidden field so a
/// diff sees an edit as an edit. Blank rows are offered for adding without JavaScript; a row left
/// blank or ticked "Remove" is dropped. The same form is posted by Save and by the autosave script.
/// </summary>
public sealed class CarePlanForm
{
    public const int BlankRows = 2;

    public int BasedOn { get; set; }

    public string? Note { get; set; }

    public List<ProblemRow> Problems { get; set; } = [];

    public string? ExpectedOutcome { get; set; }

    public string? Prognosis { get; set; }

    public List<GoalRow> Goals { get; set; } = [];

    public List<SymptomRow> Symptoms { get; set; } = [];

    public List<InterventionRow> Interventions { get; set; } = [];

    public List<MedicationRow> Medications { get; set; } = [];

    public bool TakesNoMedications { get; set; }

    public List<ReconciliationRow> Reconciliations { get; set; } = [];

    public List<ServiceRow> CommunityServices { get; set; } = [];

    public string? CommunityServicesNote { get; set; }

    public List<CoordinationRow> Coordination { get; set; } = [];

    public string? CoordinationNote { get; set; }

    public string? ReviewFrequency { get; set; }

    public DateOnly? NextReview { get; set; }

    public List<TeamRow> CareTeam { get; set; } = [];

    public string? FunctionalCognitive { get; set; }

    public string? CaregiverAssessment { get; set; }

    public string? Environment { get; set; }

    public string? AdvanceCarePlanning { get; set; }

    public static CarePlanForm From(CarePlanContent c, int basedOn)
    {
        ArgumentNullException.ThrowIfNull(c);
        var form = new CarePlanForm
        {
            BasedOn = basedOn,
            Problems = c.Problems.Select(p => new ProblemRow { Id = p.Id, Description = p.Description, Code = p.Code, ConditionId = p.ConditionId?.Value, Notes = p.Notes }).ToList(),
            ExpectedOutcome = c.ExpectedOutcome,
            Prognosis = c.Prognosis,
            Goals = c.Goals.Select(g => new GoalRow
            {
                Id = g.Id, Description = g.Description, ProblemId = g.ProblemId, Measure = g.Measure, TargetValue = g.TargetValue, Unit = g.Unit,
                DueDate = g.DueDate, Status = g.Status, Progress = g.Progress.Select(p => new ProgressRow { Date = p.Date, Note = p.Note }).ToList(),
            }).ToList(),
            Symptoms = c.Symptoms.Select(s => new SymptomRow { Id = s.Id, Symptom = s.Symptom, WhatToDo = s.WhatToDo, WhenToCall = s.WhenToCall }).ToList(),
            Interventions = c.Interventions.Select(i => new InterventionRow { Id = i.Id, Description = i.Description, Responsible = i.Responsible, Frequency = i.Frequency, ProblemId = i.ProblemId }).ToList(),
            Medications = c.Medications.Select(m => new MedicationRow { Id = m.Id, Name = m.Name, Instructions = m.Instructions, Purpose = m.Purpose, Prescriber = m.Prescriber }).ToList(),
            TakesNoMedications = c.TakesNoMedications,
            Reconciliations = c.Reconciliations.Select(r => new ReconciliationRow { Id = r.Id, Date = r.Date, By = r.By, Changes = r.Changes }).ToList(),
            CommunityServices = c.CommunityServices.Select(s => new ServiceRow { Id = s.Id, Service = s.Service, Provider = s.Provider, Status = s.Status, Contact = s.Contact }).ToList(),
            CommunityServicesNote = c.CommunityServicesNote,
            Coordination = c.Coordination.Select(k => new CoordinationRow { Id = k.Id, Party = k.Party, Purpose = k.Purpose, HowCoordinated = k.HowCoordinated }).ToList(),
            CoordinationNote = c.CoordinationNote,
            ReviewFrequency = c.Review.Frequency,
            NextReview = c.Review.NextReview,
            CareTeam = c.CareTeam.Select(m => new TeamRow
            {
                Id = m.Id, Kind = m.Kind, Name = m.Name, Role = m.Role, Phone = m.Phone, Email = m.Email, Organization = m.Organization,
                Relationship = m.Relationship, StaffId = m.StaffId?.Value, PortalUserId = m.PortalUserId, Npi = m.Npi,
            }).ToList(),
            FunctionalCognitive = c.Optional.FunctionalCognitive,
            CaregiverAssessment = c.Optional.Caregiver,
            Environment = c.Optional.Environment,
            AdvanceCarePlanning = c.Optional.AdvanceCarePlanning,
        };
        form.AddBlankRows();
        return form;
    }

    /// <summary>Rows for adding, so the form works without JavaScript.</summary>
    public void AddBlankRows()
    {
        for (var i = 0; i < BlankRows; i++)
        {
            Problems.Add(new ProblemRow());
            Goals.Add(new GoalRow());
            Symptoms.Add(new SymptomRow());
            Interventions.Add(new InterventionRow());
            Medications.Add(new MedicationRow());
            Reconciliations.Add(new ReconciliationRow());
            CommunityServices.Add(new ServiceRow());
            Coordination.Add(new CoordinationRow());
            CareTeam.Add(new TeamRow());
        }
    }

    /// <summary>The plan the form describes; blank and removed rows are dropped, new rows get ids.</summary>
    public CarePlanContent ToContent(DateOnly today) => new CarePlanContent
    {
        Problems = Keep(Problems).Select(p => new PlanProblem(Id(p.Id), p.Description ?? string.Empty, p.ConditionId is { } c ? new ConditionId(c) : null, p.Code, p.Notes ?? string.Empty)).ToList(),
        ExpectedOutcome = ExpectedOutcome ?? string.Empty,
        Prognosis = Prognosis ?? string.Empty,
        Goals = Keep(Goals).Select(g => new PlanGoal(Id(g.Id), g.Description ?? string.Empty, g.ProblemId, g.Measure ?? string.Empty, g.TargetValue ?? string.Empty, g.Unit ?? string.Empty, g.DueDate, g.Status,
            [.. g.Progress.Where(p => !string.IsNullOrWhiteSpace(p.Note)).Select(p => new GoalProgressNote(p.Date ?? today, p.Note!)),
             .. string.IsNullOrWhiteSpace(g.NewProgress) ? Array.Empty<GoalProgressNote>() : [new GoalProgressNote(today, g.NewProgress)]])).ToList(),
        Symptoms = Keep(Symptoms).Select(s => new PlanSymptom(Id(s.Id), s.Symptom ?? string.Empty, s.WhatToDo ?? string.Empty, s.WhenToCall ?? string.Empty)).ToList(),
        Interventions = Keep(Interventions).Select(i => new PlanIntervention(Id(i.Id), i.Description ?? string.Empty, i.Responsible ?? string.Empty, i.Frequency ?? string.Empty, i.ProblemId)).ToList(),
        Medications = Keep(Medications).Select(m => new PlanMedication(Id(m.Id), m.Name ?? string.Empty, m.Instructions ?? string.Empty, m.Purpose ?? string.Empty, m.Prescriber ?? string.Empty)).ToList(),
        TakesNoMedications = TakesNoMedications,
        Reconciliations = Keep(Reconciliations).Select(r => new MedicationReconciliation(Id(r.Id), r.Date ?? today, r.By ?? string.Empty, r.Changes ?? string.Empty)).ToList(),
        CommunityServices = Keep(CommunityServices).Select(s => new CommunityService(Id(s.Id), s.Service ?? string.Empty, s.Provider ?? string.Empty, s.Status ?? string.Empty, s.Contact ?? string.Empty)).ToList(),
        CommunityServicesNote = CommunityServicesNote ?? string.Empty,
        Coordination = Keep(Coordination).Select(k => new CoordinationItem(Id(k.Id), k.Party ?? string.Empty, k.Purpose ?? string.Empty, k.HowCoordinated ?? string.Empty)).ToList(),
        CoordinationNote = CoordinationNote ?? string.Empty,
        Review = new ReviewSchedule(ReviewFrequency ?? string.Empty, NextReview),
        CareTeam = Keep(CareTeam).Select(m => new CareTeamMember(Id(m.Id), m.Kind, m.Name ?? string.Empty, m.Role ?? string.Empty, m.Phone ?? string.Empty, m.Email ?? string.Empty,
            m.Organization ?? string.Empty, m.Relationship ?? string.Empty, m.StaffId is { } s ? new StaffId(s) : null, m.PortalUserId,
            string.IsNullOrWhiteSpace(m.Npi) ? null : m.Npi.Trim())).ToList(),
        Optional = new OptionalAssessments(FunctionalCognitive ?? string.Empty, CaregiverAssessment ?? string.Empty, Environment ?? string.Empty, AdvanceCarePlanning ?? string.Empty),
    };

    private static IEnumerable<T> Keep<T>(IEnumerable<T> rows)
        where T : FormRow => rows.Where(r => !r.Remove);

    private static Guid Id(Guid? id) => id is { } value && value != Guid.Empty ? value : Guid.NewGuid();
}
