namespace Chronicle.Interop.Fhir;

using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;

/// <summary>
/// Where an imported record came from: the file, the line its resource starts on, its FHIR path
/// (<c>Bundle.entry[3]</c>, or the resource type on an NDJSON line), and the resource's type and id.
/// </summary>
public sealed record FhirSource(string File, int Line, string Path, string ResourceType, string? Id)
{
    public override string ToString() => $"{File}:{Line} [{Path}] {ResourceType}{(Id is null ? string.Empty : "/" + Id)}";
}

/// <summary>A patient read from FHIR with everything in the same file that belongs to them.</summary>
public sealed class FhirPatientImport(FhirSource source, PatientDetails details)
{
    internal List<FhirConditionImport> ConditionList { get; } = [];

    internal List<FhirVisitImport> VisitList { get; } = [];

    internal List<FhirClinicalRecordImport> RecordList { get; } = [];

    internal List<FhirConsentImport> ConsentList { get; } = [];

    internal List<FhirEnrollmentImport> EnrollmentList { get; } = [];

    internal List<FhirTimeImport> TimeList { get; } = [];

    internal List<FhirCarePlanImport> CarePlanList { get; } = [];

    public FhirSource Source { get; } = source;

    public PatientDetails Details { get; } = details;

    public IReadOnlyList<FhirConditionImport> Conditions => ConditionList;

    public IReadOnlyList<FhirVisitImport> Visits => VisitList;

    public IReadOnlyList<FhirClinicalRecordImport> Records => RecordList;

    public IReadOnlyList<FhirConsentImport> Consents => ConsentList;

    public IReadOnlyList<FhirEnrollmentImport> Enrollments => EnrollmentList;

    public IReadOnlyList<FhirTimeImport> TimeEntries => TimeList;

    public IReadOnlyList<FhirCarePlanImport> CarePlans => CarePlanList;
}

public sealed record FhirConditionImport(FhirSource Source, ConditionDetails Details);

public sealed record FhirVisitImport(FhirSource Source, VisitDetails Details);

public sealed record FhirClinicalRecordImport(FhirSource Source, ClinicalRecordDetails Details);

public sealed record FhirStaffImport(FhirSource Source, StaffDetails Details);

/// <summary>An Organization: compared with the practice's group NPI; Chronicle never creates practices from FHIR.</summary>
public sealed record FhirOrganizationImport(FhirSource Source, Npi? Npi, string? Name);
