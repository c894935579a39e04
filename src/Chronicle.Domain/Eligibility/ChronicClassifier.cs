namespace Chronicle.Domain.Eligibility;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Patients;

/// <summary>
/// Decides whether a coded condition is chronic and to which disease category it belongs, from
/// the built-in table and any imported classification. SNOMED CT concepts match exactly;
/// ICD-10-CM codes match the longest prefix, so a specific imported rule beats a broad category.
/// On an equally long match an imported rule wins: the practice chose to load it.
/// </summary>
public sealed class ChronicClassifier
{
    private readonly Dictionary<string, ChronicRule> _snomed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ChronicRule> _icd10 = new(StringComparer.Ordinal);

    public ChronicClassifier(IEnumerable<ChronicRule> importedRules)
    {
        ArgumentNullException.ThrowIfNull(importedRules);
        foreach (var rule in BuiltInChronicConditions.Rules)
        {
            Add(rule);
        }

        foreach (var rule in importedRules)
        {
            Add(rule);
        }
    }

    public static ChronicClassifier BuiltInOnly { get; } = new([]);

    /// <summary>The ICD-10-CM code a SNOMED CT concept maps to, when a rule names one.</summary>
    public Icd10Code? MapToIcd10(string snomedCode) =>
        _snomed.TryGetValue(snomedCode, out var rule) && rule.MapsToIcd10 is { } icd
            ? Icd10Code.TryParse(icd).Value
            : null;

    public ChronicClassification Classify(CodeSystem system, string code, Icd10Code? icd10)
    {
        ArgumentNullException.ThrowIfNull(code);
        var rule = system == CodeSystem.SnomedCt ? FindSnomed(code) ?? FindIcd10(icd10) : FindIcd10(icd10);
        return rule is null
            ? ChronicClassification.Unclassified
            : ChronicClassification.Chronic(rule.Category, rule.Source);
    }

    private ChronicRule? FindSnomed(string code) => _snomed.GetValueOrDefault(code);

    private ChronicRule? FindIcd10(Icd10Code? code)
    {
        if (code is not { } icd)
        {
            return null;
        }

        for (var length = icd.Value.Length; length >= 3; length--)
        {
            if (_icd10.TryGetValue(icd.Value[..length], out var rule)
                && (rule.IsPrefix || length == icd.Value.Length))
            {
                return rule;
            }
        }

        return null;
    }

    private void Add(ChronicRule rule)
    {
        if (rule.System == CodeSystem.SnomedCt)
        {
            _snomed[rule.Code] = rule;
        }
        else
        {
            _icd10[rule.Code.Replace(".", string.Empty, StringComparison.Ordinal).ToUpperInvariant()] = rule;
        }
    }
}
