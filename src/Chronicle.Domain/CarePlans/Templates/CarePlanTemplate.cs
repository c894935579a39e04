namespace Chronicle.Domain.CarePlans.Templates;

/// <summary>Who a template's intervention falls to; the application names the actual people.</summary>
public enum TeamRole
{
    Patient = 1,
    CareManager = 2,
    Practitioner = 3,
    Caregiver = 4,
}

public sealed record TemplateGoal(string Description, string Measure, string Target, string Unit, int DueInMonths);

public sealed record TemplateSymptom(string Symptom, string WhatToDo, string WhenToCall);

public sealed record TemplateIntervention(string Description, TeamRole Responsible, string Frequency);

public sealed record TemplateCoordination(string Party, string Purpose, string HowCoordinated);

/// <summary>
/// A starting point for one chronic condition, written by the Chronicle team in plain language
/// for the patient to read. <see cref="Icd10Prefixes"/> are ICD-10-CM codes without the dot; a
/// condition matches when its code starts with one of them.
/// </summary>
public sealed record CarePlanTemplate(
    string Key,
    string Name,
    IReadOnlyList<string> Icd10Prefixes,
    string Problem,
    string ExpectedOutcome,
    string Prognosis,
    IReadOnlyList<TemplateGoal> Goals,
    IReadOnlyList<TemplateSymptom> Symptoms,
    IReadOnlyList<TemplateIntervention> Interventions,
    IReadOnlyList<TemplateCoordination> Coordination)
{
    /// <summary>The length of the longest prefix that matches the code, or 0.</summary>
    public int MatchLength(string icd10WithoutDot) =>
        Icd10Prefixes.Where(p => icd10WithoutDot.StartsWith(p, StringComparison.OrdinalIgnoreCase)).Select(p => p.Length).DefaultIfEmpty(0).Max();
}
