namespace Chronicle.Domain.Eligibility;

using Chronicle.Domain.Patients;

/// <summary>
/// Chronicle's own table of common chronic conditions, written by the team from the CMS Chronic
/// Conditions Warehouse condition list: ICD-10-CM categories per condition, and the SNOMED CT
/// concepts EHRs and Synthea use for them, each with the ICD-10-CM code it is billed under.
/// What is in and what is left out, and why, is ADR 0010.
/// </summary>
public static partial class BuiltInChronicConditions
{
    public static IReadOnlyList<ChronicRule> Rules { get; } = [.. Icd10Rules(), .. SnomedRules()];

    private static IEnumerable<ChronicRule> Icd(string category, params string[] prefixes) =>
        prefixes.Select(prefix => new ChronicRule(
            CodeSystem.Icd10Cm, prefix.Replace(".", string.Empty, StringComparison.Ordinal), true, category, ChronicClassification.BuiltInSource));

    private static ChronicRule Snomed(string concept, string category, string icd10) =>
        new(CodeSystem.SnomedCt, concept, false, category, ChronicClassification.BuiltInSource, icd10);
}
