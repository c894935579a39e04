namespace Chronicle.Interop.Audit;

using Chronicle.Domain.Enrollment;

/// <summary>
/// Everything an auditor needs to judge one claim, gathered by the application: the claim, the
/// decision behind it, the consent it rests on, the minutes counted with who and when, the care-plan
/// version in force, and the audit events around them. Instants arrive already written in the
/// practice's local time (<see cref="TimeZone"/>), so the document never converts a clock.
/// </summary>
public sealed record ClaimAuditPacket(
    string PracticeName,
    string PracticeNpi,
    string TimeZone,
    string GeneratedAt,
    string GeneratedBy,
    PacketClaim Claim,
    PacketPatient Patient,
    PacketDecision? Decision,
    PacketConsent? Consent,
    IReadOnlyList<PacketMinutes> Minutes,
    int ReplacedTimeRecords,
    PacketCarePlan? CarePlan,
    PacketEvents Events);

public sealed record PacketClaim(
    string ClaimNumber,
    string Status,
    string Month,
    string Program,
    int Frequency,
    string? OriginalReference,
    string BillingNpi,
    string? BillingPractitioner,
    DateOnly DateOfService,
    string PlaceOfService,
    IReadOnlyList<string> Diagnoses,
    IReadOnlyList<PacketLine> Lines,
    string StatusChangedAt,
    string StatusChangedBy,
    long? ExportedIn,
    string? Note);

public sealed record PacketLine(string Code, int Units, long ChargeCents);

public sealed record PacketReason(string Code, string Message);

public sealed record PacketPatient(string Name, string Mrn, DateOnly BirthDate, string? Mbi);

public sealed record PacketDecision(string Status, int ClinicalStaffMinutes, int BillingPractitionerMinutes, int RuleYear, string DecidedAt, IReadOnlyList<PacketReason> Reasons);

/// <param name="History">Every record of this consent in the ledger: sequence, kind and any note.</param>
public sealed record PacketConsent(
    string Program,
    string Practitioner,
    DateOnly Date,
    ConsentMethod Method,
    ConsentDecision Decision,
    ConsentDisclosures Disclosures,
    string? ObtainedBy,
    bool? NoOtherCareManagement,
    string Language,
    string? DocumentHash,
    DateOnly? RevokedOn,
    IReadOnlyList<string> History);

/// <param name="Start">Local start, written in the practice's zone.</param>
/// <param name="Performer">clinical-staff, billing-practitioner or non-clinical.</param>
/// <param name="Recorded">Who recorded it, when, and how (timer, manual, import).</param>
public sealed record PacketMinutes(string Start, int Minutes, string StaffName, string Performer, string Activity, string Kind, string Recorded, bool Inpatient)
{
    /// <summary>What the entry counted toward the claim after every exclusion and the overlap merge.</summary>
    public int CountedSeconds { get; init; } = Minutes * 60;

    /// <summary>Why it counts less than logged (inpatient, before consent, overlap, ...), or null.</summary>
    public string? NotCounted { get; init; }
}

/// <param name="VersionInForce">The latest version signed on or before the month's last day; null when none was.</param>
/// <param name="Activities">Created, revised, signed, reviewed … on or before the month's last day: date, what, version, who.</param>
public sealed record PacketCarePlan(
    int? VersionInForce,
    string? Author,
    string? CreatedAt,
    string? SignedBy,
    DateOnly? SignedOn,
    bool Complete,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Activities,
    IReadOnlyList<string> Copies);

/// <param name="From">First instant of the window, local.</param>
/// <param name="Until">End of the window, local.</param>
/// <param name="Omitted">Events in the window left out because the packet shows at most a fixed number.</param>
public sealed record PacketEvents(string From, string Until, IReadOnlyList<PacketEvent> Rows, int Omitted);

public sealed record PacketEvent(long Sequence, string OccurredAt, string Actor, string Role, string Surface, string Action, string What, string Hash);
