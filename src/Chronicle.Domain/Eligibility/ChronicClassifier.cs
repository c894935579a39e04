namespace Chronicle.Domain.Eligibility;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Patients;

/// <summary>
/// Decides whether a coded condition is chronic and to which disease category it belongs, from
/// the built-in table and any imported classification. SNOMED CT concepts match exactly;
/// ICD-10-CM codes match the longest prefix, so a specific imported rule beats a broad category.
/// On an equally long match an imported rule wins: the practice chose to load it. See ADR 0010.
/// </summary>
public sealed class ChronicClassifier
{
    private readonly Dictionary<string, Entry> _snomed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Icd10Code> _snomedToIcd10 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _icd10Prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _icd10Exact = new(StringComparer.Ordinal);

    public ChronicClassifier(IEnumerable<ChronicRule> importedRules)
    {
        ArgumentNullException.ThrowIfNull(importedRules);
        foreach (var rule in BuiltInChronicConditions.Rules)
        {
            Add(rule, imported: false);
        }

        foreach (var rule in importedRules)
        {
            Add(rule, imported: true);
        }
    }

    public static ChronicClassifier BuiltInOnly { get; } = new([]);

    /// <summary>
    /// The ICD-10-CM code a SNOMED CT concept maps to for claims: an imported rule's map when it
    /// names one, else the built-in one. An imported rule that only re-categorises a concept keeps
    /// the built-in map; a map that is not an ICD-10-CM code is ignored, so the condition waits for
    /// a person to code it rather than reaching a claim malformed.
    /// </summary>
    public Icd10Code? MapToIcd10(string snomedCode) =>
        _snomedToIcd10.TryGetValue(snomedCode, out var icd) ? icd : null;

    public ChronicClassification Classify(CodeSystem system, string code, Icd10Code? icd10)
    {
        ArgumentNullException.ThrowIfNull(code);
        var rule = system == CodeSystem.SnomedCt ? FindSnomed(code) ?? FindIcd10(icd10) : FindIcd10(icd10);
        return rule is null
            ? ChronicClassification.Unclassified
            : ChronicClassification.Chronic(rule.Category, rule.Source);
    }

    private ChronicRule? FindSnomed(string code) => _snomed.TryGetValue(code.Trim(), out var entry) ? entry.Rule : null;

    private ChronicRule? FindIcd10(Icd10Code? code)
    {
        if (code is not { Value: { } value })
        {
            return null;
        }

        // An exact rule for the code itself competes with a prefix rule of the same length.
        var exact = _icd10Exact.GetValueOrDefault(value);
        for (var length = value.Length; length >= 1; length--)
        {
            var prefix = _icd10Prefixes.GetValueOrDefault(value[..length]);
            if (length == value.Length && exact is not null)
            {
                return prefix is { Imported: true } && !exact.Imported ? prefix.Rule : exact.Rule;
            }

            if (prefix is not null)
            {
                return prefix.Rule;
            }
        }

        return null;
    }

    private void Add(ChronicRule rule, bool imported)
    {
        var entry = new Entry(rule, imported);
        if (rule.System == CodeSystem.SnomedCt)
        {
            var concept = rule.Code.Trim();
            _snomed[concept] = entry;
            if (rule.MapsToIcd10 is { } map && Icd10Code.TryParse(map) is { IsValid: true } parsed)
            {
                _snomedToIcd10[concept] = parsed.Value;
            }

            return;
        }

        var key = rule.Code.Trim().Replace(".", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        (rule.IsPrefix ? _icd10Prefixes : _icd10Exact)[key] = entry;
    }

    private sealed record Entry(ChronicRule Rule, bool Imported);
}
