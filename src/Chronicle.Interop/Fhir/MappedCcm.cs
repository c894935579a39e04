namespace Chronicle.Interop.Fhir;

using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Time;

internal enum CcmKind
{
    Consent,
    Enrollment,
    Time,
    CarePlan,
}

/// <summary>
/// A Consent, EpisodeOfCare or Procedure that carries Chronicle's own codings (the care program,
/// the time activity), or a CarePlan carrying Chronicle's payload: a record of the consent ledger,
/// an enrollment, a time entry or a care plan, not an EHR record. Its staff references are resolved against the file's Practitioners by the assembler.
/// </summary>
internal sealed class MappedCcm(FhirSource source, string? fullUrl, CcmKind kind) : MappedResource(source, fullUrl)
{
    public CcmKind Kind { get; } = kind;

    public FhirReference? Subject { get; set; }

    public CareProgram Program { get; set; }

    /// <summary>The consent's billing practitioner, the enrollment's care manager, or the time entry's performer.</summary>
    public FhirReference? Staff { get; set; }

    /// <summary>Whoever obtained the consent (its verifier).</summary>
    public FhirReference? SecondStaff { get; set; }

    public FhirConsentImport? Consent { get; set; }

    public FhirEnrollmentImport? Enrollment { get; set; }

    public FhirTimeImport? Time { get; set; }

    public FhirCarePlanImport? CarePlan { get; set; }

    /// <summary>The staff members the care plan's team names, by the id they had where it was exported.</summary>
    public List<(Guid Id, FhirReference Reference)> TeamStaff { get; } = [];
}

/// <summary>What an EpisodeOfCare's status says of a program enrollment.</summary>
public enum FhirEpisodeState
{
    Planned,
    Active,
    Finished,
    Cancelled,
}

/// <summary>A consent of the patient's consent ledger; staff are named by staff id or NPI (as imported staff are keyed).</summary>
public sealed record FhirConsentImport(
    FhirSource Source, CareProgram Program, string PractitionerKey, DateOnly Date, ConsentMethod Method, ConsentDecision Decision,
    ConsentDisclosures Disclosures, string? ObtainedByKey, DateOnly? RevokedOn);

/// <summary>A program enrollment; its billing practitioner is the one of the patient's consent to the program in the same file.</summary>
public sealed record FhirEnrollmentImport(FhirSource Source, CareProgram Program, FhirEpisodeState State, DateOnly? Start, DateOnly? End, string? CareManagerKey);

/// <summary>A time-ledger entry: who worked, in which role, doing what, from when and for how many seconds.</summary>
public sealed record FhirTimeImport(
    FhirSource Source, CareProgram Program, string StaffKey, PerformerClass Performer, TimeActivity Activity, DateTimeOffset Start, int Seconds, string? Note);

/// <summary>
/// A comprehensive care plan: its content as Chronicle wrote it, whether the exporter had it signed
/// (active) or still a draft, the date of the version, and the import keys of the staff its care
/// team names (keyed by the staff ids in the content).
/// </summary>
public sealed record FhirCarePlanImport(FhirSource Source, CarePlanContent Content, bool InForce, DateOnly? CreatedOn, IReadOnlyDictionary<Guid, string> StaffKeys);
