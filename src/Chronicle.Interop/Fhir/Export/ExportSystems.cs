namespace Chronicle.Interop.Fhir.Export;

/// <summary>
/// The systems Chronicle writes into exported resources: the public ones the importer also reads
/// (<see cref="FhirSystems"/>), Chronicle's own identifier and code systems, and the US Core
/// profiles declared in <c>meta.profile</c>.
/// </summary>
public static class ExportSystems
{
    public const string Icd10Cm = FhirSystems.Icd10Cm;
    public const string Snomed = FhirSystems.Snomed;
    public const string Cpt = FhirSystems.Cpt;
    public const string Mbi = FhirSystems.Mbi;
    public const string Npi = FhirSystems.Npi;
    public const string IdentifierType = FhirSystems.IdentifierType;

    /// <summary>HCPCS Level II; the importer recognises any system naming HCPCS.</summary>
    public const string Hcpcs = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";

    public const string Tin = "urn:oid:2.16.840.1.113883.4.4";
    public const string ConditionClinical = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    public const string ConditionCategory = FhirSystems.ConditionCategory;
    public const string ConditionVerification = FhirSystems.ConditionVerification;
    public const string UsCoreCategory = FhirSystems.UsCoreCategory;
    public const string ActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    /// <summary>Chronicle's stable reason codes (BusinessError codes) in OperationOutcome.issue.details.</summary>
    public const string ReasonCodes = "https://chronicle.dev/fhir/CodeSystem/reason";

    /// <summary>A staff member's role in the practice: billing-practitioner, clinical-staff, non-clinical.</summary>
    public const string StaffRoles = "https://chronicle.dev/fhir/CodeSystem/staff-role";

    /// <summary>Medical record numbers: unique within one practice, so the system names the practice's group NPI.</summary>
    public static string MrnSystem(string groupNpi) => $"https://chronicle.dev/fhir/sid/mrn/{groupNpi}";

    /// <summary>The practice's own staff ids, scoped the same way.</summary>
    public static string StaffIdSystem(string groupNpi) => $"https://chronicle.dev/fhir/sid/staff/{groupNpi}";
}

/// <summary>US Core 7.0.0 profiles, by their version-independent canonical URLs.</summary>
public static class UsCoreProfiles
{
    private const string Base = "http://hl7.org/fhir/us/core/StructureDefinition/";

    public const string Patient = Base + "us-core-patient";
    public const string Practitioner = Base + "us-core-practitioner";
    public const string PractitionerRole = Base + "us-core-practitionerrole";
    public const string Organization = Base + "us-core-organization";
    public const string ConditionProblems = Base + "us-core-condition-problems-health-concerns";
    public const string ConditionEncounterDiagnosis = Base + "us-core-condition-encounter-diagnosis";
    public const string Encounter = Base + "us-core-encounter";
    public const string CarePlan = Base + "us-core-careplan";
    public const string CareTeam = Base + "us-core-careteam";
    public const string Goal = Base + "us-core-goal";
    public const string Procedure = Base + "us-core-procedure";
    public const string RelatedPerson = Base + "us-core-relatedperson";
    public const string Coverage = Base + "us-core-coverage";
}
