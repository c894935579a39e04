namespace Chronicle.Domain.Eligibility;

using Chronicle.Domain.Patients;

/// <summary>
/// Chronicle's own table of common chronic conditions, written by the team from the CMS Chronic
/// Conditions Warehouse condition list: ICD-10-CM categories per condition, and the SNOMED CT
/// concepts EHRs and Synthea use for them, each with the ICD-10-CM code it is billed under.
/// </summary>
public static class BuiltInChronicConditions
{
    public static IReadOnlyList<ChronicRule> Rules { get; } =
    [
        Icd("E11", "Diabetes"),
        Icd("I10", "Hypertension"),
        Snomed("44054006", "Diabetes", "E11.9"),
        Snomed("59621000", "Hypertension", "I10"),
    ];

    private static ChronicRule Icd(string prefix, string category) =>
        new(CodeSystem.Icd10Cm, prefix.Replace(".", string.Empty, StringComparison.Ordinal), true, category, ChronicClassification.BuiltInSource);

    private static ChronicRule Snomed(string concept, string category, string icd10) =>
        new(CodeSystem.SnomedCt, concept, false, category, ChronicClassification.BuiltInSource, icd10);
}
