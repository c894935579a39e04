namespace Chronicle.Domain.CarePlans.Templates;

using Chronicle.Domain.Common;

/// <summary>A condition the plan is being built for: its id, ICD-10-CM code without the dot, and name.</summary>
public sealed record PlanCondition(ConditionId Id, string Icd10, string Display);

/// <summary>The people a template's roles stand for, and the patient's medicines to start the list from.</summary>
public sealed record TemplateContext(
    DateOnly Today,
    IReadOnlyList<CareTeamMember> Team,
    IReadOnlyList<PlanMedication> Medications)
{
    public static TemplateContext For(DateOnly today) => new(today, [], []);
}

/// <summary>
/// The condition templates and how choosing conditions pre-fills a plan: one problem per condition
/// (linked to it), and for each template that matches, its goals (due dates counted from today),
/// symptoms, interventions (responsible people named from the care team) and coordination, each
/// taken once however many of the patient's codes match it.
/// </summary>
public static class CarePlanTemplates
{
    public static IReadOnlyList<CarePlanTemplate> All { get; } =
    [
        MetabolicTemplates.Type2Diabetes,
        CardiovascularTemplates.Hypertension,
        CardiovascularTemplates.HeartFailure,
        OtherTemplates.Copd,
        MetabolicTemplates.ChronicKidneyDisease,
        OtherTemplates.Depression,
        CardiovascularTemplates.Hyperlipidemia,
        CardiovascularTemplates.IschemicHeartDisease,
        OtherTemplates.Osteoarthritis,
        OtherTemplates.Asthma,
    ];

    /// <summary>The template for an ICD-10-CM code (with or without its dot): the longest matching prefix wins.</summary>
    public static CarePlanTemplate? For(string icd10)
    {
        ArgumentNullException.ThrowIfNull(icd10);
        var code = icd10.Replace(".", string.Empty, StringComparison.Ordinal).Trim();
        return All.Select(t => (Template: t, Length: t.MatchLength(code)))
            .Where(m => m.Length > 0)
            .OrderByDescending(m => m.Length)
            .Select(m => m.Template)
            .FirstOrDefault();
    }

    /// <summary>Pre-fills a plan from the chosen conditions; what no template covers is left for the team to write.</summary>
    public static CarePlanContent Apply(IEnumerable<PlanCondition> conditions, TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        ArgumentNullException.ThrowIfNull(context);
        var problems = new List<PlanProblem>();
        var used = new List<(CarePlanTemplate Template, Guid ProblemId)>();
        foreach (var condition in conditions)
        {
            var template = For(condition.Icd10);
            var existing = template is null ? -1 : used.FindIndex(u => u.Template == template);
            if (existing >= 0)
            {
                // A second code of the same condition (E11.9 and E11.65) joins the first problem's codes.
                var index = problems.FindIndex(p => p.Id == used[existing].ProblemId);
                problems[index] = problems[index] with { Code = $"{problems[index].Code}, {Dotted(condition.Icd10)}" };
                continue;
            }

            var problem = new PlanProblem(Guid.NewGuid(), template?.Problem ?? condition.Display, condition.Id, Dotted(condition.Icd10));
            problems.Add(problem);
            if (template is not null)
            {
                used.Add((template, problem.Id));
            }
        }

        var team = context.Team;
        return new CarePlanContent
        {
            Problems = problems,
            ExpectedOutcome = string.Join(" ", used.Select(u => u.Template.ExpectedOutcome)),
            Prognosis = string.Join(" ", used.Select(u => $"{u.Template.Name}: {u.Template.Prognosis}")),
            Goals = used.SelectMany(u => u.Template.Goals.Select(g => new PlanGoal(
                Guid.NewGuid(), g.Description, u.ProblemId, g.Measure, g.Target, g.Unit, context.Today.AddMonths(g.DueInMonths), GoalStatus.Active, []))).ToList(),
            Symptoms = used.SelectMany(u => u.Template.Symptoms).Distinct()
                .Select(s => new PlanSymptom(Guid.NewGuid(), s.Symptom, s.WhatToDo, s.WhenToCall)).ToList(),
            Interventions = used.SelectMany(u => u.Template.Interventions.Select(i => new PlanIntervention(
                Guid.NewGuid(), i.Description, Responsible(i.Responsible, team), i.Frequency, u.ProblemId))).ToList(),
            Medications = context.Medications,
            Coordination = used.SelectMany(u => u.Template.Coordination).DistinctBy(c => c.Party)
                .Select(c => new CoordinationItem(Guid.NewGuid(), c.Party, c.Purpose, c.HowCoordinated)).ToList(),
            Review = new ReviewSchedule("Every month, and after any hospital or emergency visit", context.Today.AddMonths(1)),
            CareTeam = team,
        };
    }

    /// <summary>"Rosa Castillo, RN (care manager)" when the team has one, else the role in plain words.</summary>
    public static string Responsible(TeamRole role, IReadOnlyList<CareTeamMember> team)
    {
        ArgumentNullException.ThrowIfNull(team);
        var (keywords, fallback) = role switch
        {
            TeamRole.Patient => ((string[])[], "You (the patient)"),
            TeamRole.CareManager => (["care manager"], "Your care manager"),
            TeamRole.Practitioner => (["doctor", "practitioner"], "Your doctor"),
            _ => (["caregiver"], "Your caregiver"),
        };
        var member = team.FirstOrDefault(m => (m.Kind == CareTeamKind.Staff || role == TeamRole.Caregiver)
            && keywords.Any(k => m.Role.Contains(k, StringComparison.OrdinalIgnoreCase) || (role == TeamRole.Caregiver && m.Kind == CareTeamKind.Caregiver)));
        return member is null ? fallback : $"{member.Name} ({member.Role})";
    }

    private static string Dotted(string icd10)
    {
        var code = icd10.Replace(".", string.Empty, StringComparison.Ordinal).Trim().ToUpperInvariant();
        return code.Length > 3 ? $"{code[..3]}.{code[3..]}" : code;
    }
}
