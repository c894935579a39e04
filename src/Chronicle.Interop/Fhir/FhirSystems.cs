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
    public const string ConditionCategory = "http://terminology.hl7.org/CodeSystem/condition-category";
    public const string ConditionVerification = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    public const string UsCoreCategory = "http://hl7.org/fhir/us/core/CodeSystem/condition-category";
    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";
    public const string AllergyClinical = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
    public const string AllergyVerification = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
    public const string Language = "urn:ietf:bcp:47";
    public const string MaritalStatus = "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus";

    /// <summary>CDC Race &amp; Ethnicity codes.</summary>
    public const string RaceEthnicity = "urn:oid:2.16.840.1.113883.6.238";
    public const string RaceExtension = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race";
    public const string EthnicityExtension = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity";
    public const string BirthSexExtension = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex";

    /// <summary>HCPCS is written under several URLs (CMS pages, the THO name); all mention HCPCS.</summary>
    public static bool IsHcpcs(string? system) =>
        system is not null && system.Contains("hcpcs", StringComparison.OrdinalIgnoreCase);

    public static bool IsCpt(string? system) =>
        system is not null && (system == Cpt || system.EndsWith("/cpt", StringComparison.OrdinalIgnoreCase));
}
