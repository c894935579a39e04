namespace Chronicle.Interop.Csv;

using System.Globalization;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;

/// <summary>One field of a care plan as the <c>careplans</c> kind writes it; blank values are not written.</summary>
public readonly record struct CarePlanCsvCell(string Section, int Item, string Field, string Value);

/// <summary>
/// A version's content as <c>careplans</c> rows (the reverse of <see cref="CarePlanCsvReader"/>):
/// every list row keeps its id, so a row stays the same row across versions and goals and
/// interventions keep the problem they serve. Care-team staff are written by their staff id in
/// the staff file and a problem's condition by the conditions file's key (code, onset); portal accounts belong to this system and are not written.
/// </summary>
public static class CarePlanCsvWriter
{
    /// <param name="conditionKey">The ICD-10-CM code and onset date (the conditions file's key) of a linked condition; null when it is not in that file.</param>
    public static IEnumerable<CarePlanCsvCell> Content(CarePlanContent content, Func<StaffId, string?> staffKey, Func<ConditionId, (string Code, DateOnly? Onset)?> conditionKey)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(conditionKey);
        ArgumentNullException.ThrowIfNull(staffKey);
        var cells = new List<CarePlanCsvCell>();
        void Add(string section, int item, string field, string? value)
        {
            if (PlanText.Has(value))
            {
                cells.Add(new CarePlanCsvCell(section, item, field, value!));
            }
        }

        var optional = content.Optional ?? OptionalAssessments.Empty;
        Add("plan", 1, "expected-outcome", content.ExpectedOutcome);
        Add("plan", 1, "prognosis", content.Prognosis);
        Add("plan", 1, "takes-no-medications", content.TakesNoMedications ? "true" : "false");
        Add("plan", 1, "community-services-note", content.CommunityServicesNote);
        Add("plan", 1, "coordination-note", content.CoordinationNote);
        Add("plan", 1, "review-frequency", content.Review?.Frequency);
        Add("plan", 1, "next-review", Date(content.Review?.NextReview));
        Add("plan", 1, "functional-cognitive", optional.FunctionalCognitive);
        Add("plan", 1, "caregiver", optional.Caregiver);
        Add("plan", 1, "environment", optional.Environment);
        Add("plan", 1, "advance-care-planning", optional.AdvanceCarePlanning);
        Each(content.Problems, "problem", (p, i) =>
        {
            var condition = p.ConditionId is { } id ? conditionKey(id) : null;
            return [("id", Id(p.Id)), ("description", p.Description), ("code", p.Code), ("notes", p.Notes), ("condition", condition?.Code), ("condition-onset", Date(condition?.Onset))];
        });
        Each(content.Goals, "goal", (g, i) =>
            [("id", Id(g.Id)), ("description", g.Description), ("problem", Id(g.ProblemId)), ("measure", g.Measure), ("target", g.TargetValue),
             ("unit", g.Unit), ("due", Date(g.DueDate)), ("status", CsvCodes.Code(g.Status))]);
        Each(content.Goals.SelectMany(g => (g.Progress ?? []).Select(p => (Goal: g.Id, Note: p))).ToList(), "goal-progress", (p, i) =>
            [("goal", Id(p.Goal)), ("date", Date(p.Note.Date)), ("note", p.Note.Note)]);
        Each(content.Symptoms, "symptom", (s, i) => [("id", Id(s.Id)), ("symptom", s.Symptom), ("what-to-do", s.WhatToDo), ("when-to-call", s.WhenToCall)]);
        Each(content.Interventions, "intervention", (v, i) =>
            [("id", Id(v.Id)), ("description", v.Description), ("responsible", v.Responsible), ("frequency", v.Frequency), ("problem", Id(v.ProblemId))]);
        Each(content.Medications, "medication", (m, i) =>
            [("id", Id(m.Id)), ("name", m.Name), ("instructions", m.Instructions), ("purpose", m.Purpose), ("prescriber", m.Prescriber)]);
        Each(content.Reconciliations, "reconciliation", (r, i) => [("id", Id(r.Id)), ("date", Date(r.Date)), ("by", r.By), ("changes", r.Changes)]);
        Each(content.CommunityServices, "community-service", (s, i) =>
            [("id", Id(s.Id)), ("service", s.Service), ("provider", s.Provider), ("status", s.Status), ("contact", s.Contact)]);
        Each(content.Coordination, "coordination", (k, i) => [("id", Id(k.Id)), ("party", k.Party), ("purpose", k.Purpose), ("how", k.HowCoordinated)]);
        Each(content.CareTeam, "care-team", (m, i) =>
            [("id", Id(m.Id)), ("kind", CsvCodes.Code(m.Kind)), ("name", m.Name), ("role", m.Role), ("phone", m.Phone), ("email", m.Email),
             ("organization", m.Organization), ("relationship", m.Relationship), ("staff", m.StaffId is { } staff ? staffKey(staff) : null), ("npi", m.Npi)]);
        return cells;

        void Each<T>(IReadOnlyList<T> rows, string section, Func<T, int, (string Field, string? Value)[]> fields)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                foreach (var (field, value) in fields(rows[i], i + 1))
                {
                    Add(section, i + 1, field, value);
                }
            }
        }
    }

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static string? Id(Guid? id) => id is { } value && value != Guid.Empty ? value.ToString("D", CultureInfo.InvariantCulture) : null;
}
