namespace Chronicle.Domain.Billing;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;

/// <summary>
/// Everything the rules engine needs to decide one patient-month (docs/spec/billing-scenario.md,
/// "Input"). Identifiers and codes arrive as recorded, not parsed, because a bad NPI, MBI or
/// diagnosis is itself a finding the decision must report (INVALID-NPI, ...), not a reason to
/// refuse the whole month. Month close builds this from the database; the scenario reader from a file.
/// </summary>
public sealed record MonthFacts
{
    public required BillingMonth Month { get; init; }

    public required PracticeTimeZone TimeZone { get; init; }

    /// <summary>The CMS place-of-service code of the billing location, usually 11 (office).</summary>
    public required string PlaceOfService { get; init; }

    public required PractitionerFact BillingPractitioner { get; init; }

    /// <summary>How the practice bills: office (837P) or RHC, FQHC, CAH Method II (837I); decides codes allowed and payment.</summary>
    public BillingSetting Setting { get; init; } = BillingSetting.ProfessionalOffice;

    public required PatientFact Patient { get; init; }

    public required CareProgram Program { get; init; }

    /// <summary>The enrollment in <see cref="Program"/> with this practitioner, or null when there is none.</summary>
    public EnrollmentPeriodFact? Enrollment { get; init; }

    /// <summary>The patient's consent for the program, or null when none is on record.</summary>
    public ConsentFact? Consent { get; init; }

    public IReadOnlyList<BillingVisitFact> Visits { get; init; } = [];

    public CarePlanFact? CarePlan { get; init; }

    /// <summary>The billing practitioner's medical decision making attested for the month.</summary>
    public Complexity Complexity { get; init; }

    public IReadOnlyList<TimeEntryFact> TimeEntries { get; init; } = [];

    /// <summary>
    /// The same people's entries for other patients or programs that overlap <see cref="TimeEntries"/>
    /// (directly or through a chain of overlaps): they count nothing here, but one that starts first
    /// keeps the shared seconds, so this month counts what the time ledger shows (ADR 0160).
    /// </summary>
    public IReadOnlyList<TimeEntryFact> OtherPatientsTime { get; init; } = [];

    /// <summary>Other codes billed for the patient in the month, by anyone (internal claims and outside reports).</summary>
    public IReadOnlyList<OtherServiceFact> OtherServices { get; init; } = [];

    /// <summary>
    /// Whether G0506 was already billed for this patient and practitioner in an earlier month. It is
    /// billed once per care-management start; the scenario format has no field for it, so it is false there.
    /// </summary>
    public bool G0506BilledBefore { get; init; }

    /// <summary>
    /// The patient's coverage periods (payer, member id, order). Null means the facts do not state
    /// coverage (a scenario file written before coverage existed): the claim is billed as Original
    /// Medicare Part B primary, as it always was. An empty list means the patient has none: the
    /// month is blocked with NO-COVERAGE (ADR 0220).
    /// </summary>
    public IReadOnlyList<CoverageFact>? Coverage { get; init; }
}

/// <summary>One coverage period as the engine reads it.</summary>
public sealed record CoverageFact(string PayerCode, Payers.PayerKind Kind, string MemberId, Payers.CoverageOrder Order, DateOnly Start, DateOnly? End)
{
    public bool InForceOn(DateOnly date) => Start <= date && (End is null || End >= date);
}

public sealed record PractitionerFact(string Npi, string? Credential);

public sealed record PatientFact(string? Mbi, DateOnly? BirthDate, bool Qmb, IReadOnlyList<BillingConditionFact> Conditions);

/// <summary>A diagnosis; <see cref="Chronic"/> null means "classify the code".</summary>
public sealed record BillingConditionFact(string Code, DateOnly? Onset, DateOnly? Abatement, bool? Chronic);

public sealed record EnrollmentPeriodFact(DateOnly Start, DateOnly? End)
{
    public bool Covers(BillingMonth month) => Start <= month.LastDay && (End is null || End >= month.FirstDay);
}

public sealed record ConsentFact(
    DateOnly Date,
    ConsentMethod Method,
    ConsentDecision Decision,
    string BillingNpi,
    ConsentDisclosures Disclosures,
    DateOnly? RevokedOn);

public sealed record BillingVisitFact(DateOnly Date, string Code, string Npi);

/// <summary>The care plan as of the month: complete, when last created/revised/reviewed, when a copy was last given.</summary>
public sealed record CarePlanFact(bool Complete, DateOnly? LastActivity, DateOnly? CopyProvidedOn);

public sealed record OtherServiceFact(string Code, DateOnly Date, string Npi);

public enum Complexity
{
    None = 0,
    Low = 1,
    Moderate = 2,
    High = 3,
}
