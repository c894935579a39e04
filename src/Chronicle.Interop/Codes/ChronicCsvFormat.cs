namespace Chronicle.Interop.Codes;

using Chronicle.Domain.Patients;

/// <summary>The chronic-condition classification files Chronicle reads, told apart by their header.</summary>
public enum ChronicCsvFormat
{
    /// <summary>CMS Chronic Conditions Warehouse algorithms, one row per code (condition, code_system, code, inclusion_type, ...).</summary>
    CmsCcw,

    /// <summary>The Tuva Project's chronic-condition grouper (condition_family, condition, icd_10_cm_code, ...).</summary>
    Tuva,

    /// <summary>Chronicle's own: system, code, category, maps_to_icd10.</summary>
    Chronicle,
}

/// <summary>One classification line read from a file: a code (or ICD-10-CM prefix) and its disease category.</summary>
/// <param name="MarkedPrefix">The file itself says the code is a prefix (a trailing * in Chronicle's format).</param>
/// <param name="MapsToIcd10">For a SNOMED CT concept, the ICD-10-CM code (no dot) it is billed under.</param>
public sealed record ChronicCsvRule(CodeSystem System, string Code, bool MarkedPrefix, string Category, string? MapsToIcd10);

public static class ChronicCsvFormats
{
    public const int MaxCategoryLength = 120;

    /// <summary>The name a format's rules are recorded under, before the file name: "cms-ccw:file.csv".</summary>
    public static string SourcePrefix(ChronicCsvFormat format) => format switch
    {
        ChronicCsvFormat.CmsCcw => "cms-ccw",
        ChronicCsvFormat.Tuva => "tuva",
        _ => "chronicle",
    };

    /// <summary>
    /// Conditions of the CCW and Tuva lists that are acute events or do not last: a code in them says
    /// nothing about a condition expected to last twelve months, so CCM eligibility must not count it.
    /// </summary>
    public static IReadOnlySet<string> AcuteOnlyConditions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Acute Myocardial Infarction",
        "Hip/Pelvic Fracture",
        "Pneumonia, All-cause",
        "Stroke/Transient Ischemic Attack",
        "Stroke / Transient Ischemic Attack",
        "Cataract",
        "Hepatitis A",
        "Hepatitis C (acute)",
    };
}
