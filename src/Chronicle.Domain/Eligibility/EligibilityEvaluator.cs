namespace Chronicle.Domain.Eligibility;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Patients;

/// <summary>
/// Who qualifies for care management on a date (docs/rules/ccm.md §1): CCM needs two or more
/// distinct chronic conditions active on that date, PCM at least one. Conditions are distinct
/// by disease category, so two diabetes codes count once. A deceased patient qualifies for nothing.
/// </summary>
public static class EligibilityEvaluator
{
    public static EligibilityResult Evaluate(IEnumerable<ConditionFact> conditions, DateOnly asOf, DateOnly? deceasedOn)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        var counted = conditions
            .Where(c => c.IsChronic && c.IsActiveOn(asOf))
            .GroupBy(c => c.Category ?? c.Code, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderBy(c => c.OnsetDate ?? DateOnly.MaxValue).ThenBy(c => c.Code, StringComparer.Ordinal).First())
            .OrderBy(c => c.Category, StringComparer.Ordinal)
            .ToList();

        var alive = deceasedOn is null || deceasedOn > asOf;
        return new EligibilityResult(counted, alive && counted.Count >= 2, alive && counted.Count >= 1);
    }
}

/// <summary>What eligibility needs to know about one condition, read in bulk from the database.</summary>
public sealed record ConditionFact(
    CodeSystem System,
    string Code,
    string? Display,
    ClinicalStatus Status,
    DateOnly? OnsetDate,
    DateOnly? AbatementDate,
    bool IsChronic,
    string? Category,
    string Source)
{
    public bool IsActiveOn(DateOnly date) => Condition.IsActive(Status, OnsetDate, AbatementDate, date);

    /// <summary>The code as people read it: ICD-10-CM with its dot (E11.9), a SNOMED CT concept id as it is.</summary>
    public string DisplayCode => DisplayCodeOf(System, Code);

    public static string DisplayCodeOf(CodeSystem system, string code) =>
        system == CodeSystem.Icd10Cm && Icd10Code.TryParse(code) is { IsValid: true } icd ? icd.Value.Display : code;

    /// <summary>A fact from stored columns, with a practice override taking precedence over the classification.</summary>
    public static ConditionFact Create(
        CodeSystem system,
        string code,
        string? display,
        ClinicalStatus status,
        DateOnly? onset,
        DateOnly? abatement,
        bool? chronicOverride,
        ChronicClassification classification)
    {
        ArgumentNullException.ThrowIfNull(classification);
        return new(system, code, display, status, onset, abatement,
            chronicOverride ?? classification.IsChronic, classification.Category,
            chronicOverride is null ? classification.Source : ChronicClassification.PracticeSource);
    }

    public static ConditionFact Of(Condition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return Create(condition.CodeSystem, condition.Code, condition.Display, condition.ClinicalStatus,
            condition.OnsetDate, condition.AbatementDate, condition.ChronicOverride, condition.Classification);
    }
}

/// <summary>The chronic conditions that count (one per category) and the programs they open.</summary>
public sealed record EligibilityResult(IReadOnlyList<ConditionFact> ChronicConditions, bool CcmEligible, bool PcmEligible);
