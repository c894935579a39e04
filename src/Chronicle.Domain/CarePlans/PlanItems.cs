namespace Chronicle.Domain.CarePlans;

using System.Globalization;
using Chronicle.Domain.Common;

/// <summary>
/// A row of one of the plan's lists. <see cref="Id"/> stays the same across versions, so a diff
/// can tell a changed row from one removed and another added; <see cref="Fields"/> names what a
/// reader sees, in order, for the diff and the plain-text renderings.
/// </summary>
public interface IPlanItem
{
    Guid Id { get; }

    string Label { get; }

    IEnumerable<(string Field, string Value)> Fields();
}

/// <summary>A problem on the plan, linked to the patient's condition when it came from the problem list.</summary>
/// <param name="Code">The ICD-10-CM code (with its dot) or other code shown beside the problem.</param>
public sealed record PlanProblem(Guid Id, string Description, ConditionId? ConditionId = null, string? Code = null, string Notes = "") : IPlanItem
{
    public string Label => Description;

    public IEnumerable<(string Field, string Value)> Fields() =>
        [("Problem", Description), ("Code", Code ?? string.Empty), ("Notes", Notes)];
}

public enum GoalStatus
{
    Proposed = 1,
    Active = 2,
    Achieved = 3,
    OnHold = 4,
    Cancelled = 5,
}

public sealed record GoalProgressNote(DateOnly Date, string Note);

/// <summary>
/// A measurable goal: what is measured, the target value and unit, and when it is due
/// (FHIR Goal.target.measure, detail and due). <paramref name="ProblemId"/> names the problem it serves.
/// </summary>
public sealed record PlanGoal(
    Guid Id,
    string Description,
    Guid? ProblemId,
    string Measure,
    string TargetValue,
    string Unit,
    DateOnly? DueDate,
    GoalStatus Status,
    IReadOnlyList<GoalProgressNote> Progress) : IPlanItem
{
    public string Label => Description;

    public bool IsMeasurable => PlanText.Has(Measure) && PlanText.Has(TargetValue) && DueDate is not null;

    /// <summary>"HbA1c: 7.5 % by 2027-03-01".</summary>
    public string TargetText =>
        string.Create(CultureInfo.InvariantCulture, $"{Measure}: {TargetValue}{(PlanText.Has(Unit) ? " " + Unit : string.Empty)}{(DueDate is { } due ? $" by {due:yyyy-MM-dd}" : string.Empty)}");

    public IEnumerable<(string Field, string Value)> Fields() =>
    [
        ("Goal", Description), ("Measure", Measure), ("Target", TargetValue), ("Unit", Unit),
        ("Due", DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty),
        ("Status", Status.ToString()),
        ("Progress", string.Join("; ", Progress.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Date:yyyy-MM-dd} {p.Note}")))),
    ];
}

/// <summary>A symptom to watch for and what to do about it, in the patient's words where possible.</summary>
public sealed record PlanSymptom(Guid Id, string Symptom, string WhatToDo, string WhenToCall = "") : IPlanItem
{
    public string Label => Symptom;

    public IEnumerable<(string Field, string Value)> Fields() =>
        [("Symptom", Symptom), ("What to do", WhatToDo), ("When to call", WhenToCall)];
}

/// <summary>Something the team or the patient will do, and who is responsible for it.</summary>
public sealed record PlanIntervention(Guid Id, string Description, string Responsible, string Frequency = "", Guid? ProblemId = null) : IPlanItem
{
    public string Label => Description;

    public IEnumerable<(string Field, string Value)> Fields() =>
        [("Intervention", Description), ("Responsible", Responsible), ("How often", Frequency)];
}

/// <summary>A medication the patient takes, as last reconciled.</summary>
public sealed record PlanMedication(Guid Id, string Name, string Instructions, string Purpose = "", string Prescriber = "") : IPlanItem
{
    public string Label => Name;

    public IEnumerable<(string Field, string Value)> Fields() =>
        [("Medication", Name), ("How to take", Instructions), ("What it is for", Purpose), ("Prescriber", Prescriber)];
}

/// <summary>A medication reconciliation: who compared the lists, when, and what changed.</summary>
public sealed record MedicationReconciliation(Guid Id, DateOnly Date, string By, string Changes) : IPlanItem
{
    public string Label => string.Create(CultureInfo.InvariantCulture, $"Reconciliation on {Date:yyyy-MM-dd}");

    public IEnumerable<(string Field, string Value)> Fields() =>
        [("Date", Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("By", By), ("What changed", Changes)];
}

/// <summary>A community or social service ordered or arranged for the patient.</summary>
public sealed record CommunityService(Guid Id, string Service, string Provider, string Status, string Contact = "") : IPlanItem
{
    public string Label => Service;

    public IEnumerable<(string Field, string Value)> Fields() =>
        [("Service", Service), ("Provided by", Provider), ("Status", Status), ("Contact", Contact)];
}

/// <summary>How the services of an agency or specialist outside the practice are directed and coordinated.</summary>
public sealed record CoordinationItem(Guid Id, string Party, string Purpose, string HowCoordinated) : IPlanItem
{
    public string Label => Party;

    public IEnumerable<(string Field, string Value)> Fields() =>
        [("Agency or specialist", Party), ("Why", Purpose), ("How we coordinate", HowCoordinated)];
}

/// <summary>How often the plan is reviewed, and when next.</summary>
public sealed record ReviewSchedule(string Frequency, DateOnly? NextReview)
{
    public static ReviewSchedule None { get; } = new(string.Empty, null);

    public bool IsSet => PlanText.Has(Frequency) && NextReview is not null;
}

/// <summary>The optional sections of the older, expanded CMS list (docs/rules/ccm.md §5.1).</summary>
public sealed record OptionalAssessments(string FunctionalCognitive, string Caregiver, string Environment, string AdvanceCarePlanning)
{
    public static OptionalAssessments Empty { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty);
}
