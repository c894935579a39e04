namespace Chronicle.Web.Presentation;

using System.Globalization;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;

/// <summary>
/// How pages write dates, codes and flags: one culture-invariant form everywhere, the same
/// ISO dates the CLI prints, so a screen, an export and a support call all read alike.
/// </summary>
public static class Display
{
    public static string Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>An instant in UTC to the minute, for administrative lists whose readers are in different zones.</summary>
    public static string Instant(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>
    /// An instant on the practice's wall clock, named by its zone's city ("2026-12-07 09:14 Chicago time"),
    /// or in UTC when there is no practice zone (docs/design.md §4: a practice has one IANA zone).
    /// </summary>
    public static string Local(DateTimeOffset instant, PracticeTimeZone? zone)
    {
        if (zone is null || zone.Id == "UTC")
        {
            return Instant(instant);
        }

        var city = zone.Id[(zone.Id.LastIndexOf('/') + 1)..].Replace('_', ' ');
        return zone.ToLocal(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + $" {city} time";
    }

    /// <summary>A time-entry activity by its name ("Care coordination"), not its code ("care-coordination").</summary>
    public static string Activity(string code) =>
        Domain.Time.TimeActivities.TryParse(code) is { IsValid: true, Value: var activity } ? Domain.Time.TimeActivities.ToLabel(activity) : code;

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"1 patient", "3 patients".</summary>
    public static string Count(int count, string singular, string plural) =>
        $"{Number(count)} {(count == 1 ? singular : plural)}";

    public static string YesNo(bool value) => value ? "Yes" : "No";

    public static string Sex(Sex sex) => sex switch
    {
        Domain.Patients.Sex.Female => "Female",
        Domain.Patients.Sex.Male => "Male",
        Domain.Patients.Sex.Other => "Other",
        _ => "Unknown",
    };

    public static string System(CodeSystem system) => system == CodeSystem.Icd10Cm ? "ICD-10-CM" : "SNOMED CT";

    /// <summary>The eligibility output's system names ("icd-10-cm", "snomed-ct") as people write them.</summary>
    public static string System(string system) => system switch
    {
        "icd-10-cm" => "ICD-10-CM",
        "snomed-ct" => "SNOMED CT",
        _ => system,
    };

    public static string Status(ClinicalStatus status) => status switch
    {
        ClinicalStatus.Active => "Active",
        ClinicalStatus.Recurrence => "Recurrence",
        ClinicalStatus.Relapse => "Relapse",
        ClinicalStatus.Inactive => "Inactive",
        ClinicalStatus.Remission => "Remission",
        _ => "Resolved",
    };

    public static string RecordKind(ClinicalRecordKind kind) => kind switch
    {
        ClinicalRecordKind.Medication => "Medications",
        ClinicalRecordKind.Allergy => "Allergies",
        ClinicalRecordKind.Coverage => "Coverage",
        ClinicalRecordKind.CareTeam => "Care teams",
        ClinicalRecordKind.CarePlan => "Care plans",
        ClinicalRecordKind.Goal => "Goals",
        _ => "Consents",
    };

    /// <summary>Where a chronic classification came from, in words.</summary>
    public static string Source(string source) => source switch
    {
        ChronicClassification.BuiltInSource => "built-in table",
        ChronicClassification.PracticeSource => "set by the practice",
        "unclassified" => "not in any classification",
        _ => source,
    };
}
