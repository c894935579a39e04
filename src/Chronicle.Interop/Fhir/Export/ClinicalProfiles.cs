namespace Chronicle.Interop.Fhir.Export;

/// <summary>
/// The US Core profiles of the clinical record (observations, allergies, prescriptions,
/// immunizations), by their version-independent canonical URLs, and which observation profile a
/// LOINC code claims: the one place that decides it.
/// </summary>
public static class ClinicalProfiles
{
    private const string Base = "http://hl7.org/fhir/us/core/StructureDefinition/";

    public const string ObservationLab = Base + "us-core-observation-lab";
    public const string VitalSigns = Base + "us-core-vital-signs";
    public const string BloodPressure = Base + "us-core-blood-pressure";
    public const string BodyWeight = Base + "us-core-body-weight";
    public const string Bmi = Base + "us-core-bmi";
    public const string HeartRate = Base + "us-core-heart-rate";
    public const string BodyHeight = Base + "us-core-body-height";
    public const string SmokingStatus = Base + "us-core-smokingstatus";
    public const string AllergyIntolerance = Base + "us-core-allergyintolerance";
    public const string MedicationRequest = Base + "us-core-medicationrequest";
    public const string Immunization = Base + "us-core-immunization";

    /// <summary>The vital signs US Core gives a profile of their own, by LOINC code.</summary>
    private static readonly Dictionary<string, string> VitalSignProfiles = new(StringComparer.Ordinal)
    {
        ["85354-9"] = BloodPressure,
        ["29463-7"] = BodyWeight,
        ["39156-5"] = Bmi,
        ["8867-4"] = HeartRate,
        ["8302-2"] = BodyHeight,
    };

    /// <summary>The profile an observation claims: its vital sign's own, any vital sign's, a lab's, smoking status; none for other categories.</summary>
    public static string? ForObservation(string? category, string? loinc) => category switch
    {
        "vital-signs" => loinc is not null && VitalSignProfiles.TryGetValue(loinc, out var profile) ? profile : VitalSigns,
        "laboratory" => ObservationLab,
        "social-history" when loinc == "72166-2" => SmokingStatus,
        _ => null,
    };
}
