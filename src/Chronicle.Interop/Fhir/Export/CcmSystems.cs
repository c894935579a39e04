namespace Chronicle.Interop.Fhir.Export;

using Chronicle.Domain.Enrollment;

/// <summary>
/// The code systems of the CCM record (consent, enrollment, care plan, time) as Chronicle writes
/// and reads them: the public ones the interop brief names, and Chronicle's own for what no public
/// system codes (the program, the activity a minute was spent on, the consent disclosures).
/// </summary>
public static class CcmSystems
{
    public const string Loinc = "http://loinc.org";
    public const string PatientConsent = "59284-0";
    public const string ConsentScope = "http://terminology.hl7.org/CodeSystem/consentscope";
    public const string ConsentAction = "http://terminology.hl7.org/CodeSystem/consentaction";
    public const string ParticipationType = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    public const string CarePlanCategory = "http://hl7.org/fhir/us/core/CodeSystem/careplan-category";

    /// <summary>SNOMED CT roles of the MCC care team patterns: the patient and a caregiver.</summary>
    public const string PatientRole = "116154003";
    public const string CaregiverRole = "133932002";

    public const string Program = "https://chronicle.dev/fhir/CodeSystem/care-program";
    public const string ConsentMethod = "https://chronicle.dev/fhir/CodeSystem/consent-method";
    public const string Disclosure = "https://chronicle.dev/fhir/CodeSystem/consent-disclosure";
    public const string TimeActivity = "https://chronicle.dev/fhir/CodeSystem/time-activity";
    public const string Performer = "https://chronicle.dev/fhir/CodeSystem/performer-class";
    public const string CareTeamKind = "https://chronicle.dev/fhir/CodeSystem/care-team-kind";

    /// <summary>Ids of care-team members Chronicle keeps only as names on a plan (stable across versions).</summary>
    public const string CareTeamMember = "https://chronicle.dev/fhir/sid/care-team-member";

    /// <summary>Marks a Goal or CareTeam as a view of a Chronicle care plan, which an import rebuilds from the CarePlan alone.</summary>
    public const string CarePlanPart = "https://chronicle.dev/fhir/CodeSystem/care-plan-part";

    /// <summary>Chronicle's name for a program: "Chronic Care Management".</summary>
    public static string ProgramDisplay(CareProgram program) => program switch
    {
        CareProgram.Ccm => "Chronic Care Management",
        _ => "Principal Care Management",
    };
}
