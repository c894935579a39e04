namespace Chronicle.Interop.Fhir;

/// <summary>The code systems and identifier systems the importer recognises.</summary>
internal static class FhirSystems
{
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";
    public const string Snomed = "http://snomed.info/sct";
    public const string Cpt = "http://www.ama-assn.org/go/cpt";
    public const string Mbi = "http://hl7.org/fhir/sid/us-mbi";
    public const string Npi = "http://hl7.org/fhir/sid/us-npi";
    public const string IdentifierType = "http://terminology.hl7.org/CodeSystem/v2-0203";

    /// <summary>HCPCS is written under several URLs (CMS pages, the THO name); all mention HCPCS.</summary>
    public static bool IsHcpcs(string? system) =>
        system is not null && system.Contains("hcpcs", StringComparison.OrdinalIgnoreCase);

    public static bool IsCpt(string? system) =>
        system is not null && (system == Cpt || system.EndsWith("/cpt", StringComparison.OrdinalIgnoreCase));
}
