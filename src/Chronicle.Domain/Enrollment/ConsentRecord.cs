namespace Chronicle.Domain.Enrollment;

using Chronicle.Domain.Common;

/// <summary>How a consent record came to be.</summary>
public enum ConsentRecordKind
{
    /// <summary>A consent conversation as first documented.</summary>
    Original = 1,

    /// <summary>Fixes a documentation error in the record it supersedes.</summary>
    Correction = 2,

    /// <summary>The patient withdrew the consent it supersedes.</summary>
    Revocation = 3,

    /// <summary>Fixes the date of a revocation, or withdraws a revocation recorded in error.</summary>
    RevocationCorrection = 4,
}

/// <summary>
/// One version of a consent, never changed once written. A correction or revocation is a new
/// record holding the whole consent as it now stands and pointing at the record it supersedes;
/// records that share <see cref="OriginalId"/> are one consent, and the latest is its current state.
/// </summary>
public sealed class ConsentRecord
{
    private ConsentRecord()
    {
        Language = string.Empty;
    }

    public ConsentId Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    /// <summary>Position in the patient's consent ledger, from 1.</summary>
    public int Sequence { get; private set; }

    public ConsentRecordKind Kind { get; private set; }

    /// <summary>The first record of this consent (its own id for an original).</summary>
    public ConsentId OriginalId { get; private set; }

    public ConsentId? Supersedes { get; private set; }

    /// <summary>Why a correction was made; empty for originals and revocations.</summary>
    public string? Note { get; private set; }

    public CareProgram Program { get; private set; }

    public StaffId PractitionerId { get; private set; }

    public Npi PractitionerNpi { get; private set; }

    public DateOnly Date { get; private set; }

    public ConsentMethod Method { get; private set; }

    public ConsentDecision Decision { get; private set; }

    public ConsentDisclosures Disclosures { get; private set; }

    public StaffId? ObtainedBy { get; private set; }

    public bool? NoOtherCareManagement { get; private set; }

    public string Language { get; private set; }

    public string? DocumentHash { get; private set; }

    public string? DocumentMediaType { get; private set; }

    /// <summary>The date the patient withdrew consent; it takes effect at the end of that month.</summary>
    public DateOnly? RevokedOn { get; private set; }

    public BillingPractitioner Practitioner => new(PractitionerId, PractitionerNpi);

    public SignedDocument? Document =>
        DocumentHash is null ? null : SignedDocument.TryCreate(DocumentHash, DocumentMediaType).GetOrThrow("signed document");

    public ConsentDetails Details =>
        new(Program, Practitioner, Date, Method, Decision, Disclosures, ObtainedBy, NoOtherCareManagement, Language, Document);

    public ConsentDisclosures MissingDisclosures => Disclosures.Missing();

    /// <summary>Accepted after all four disclosures: the only kind of consent that supports billing.</summary>
    public bool IsValid => Decision == ConsentDecision.Accepted && MissingDisclosures == ConsentDisclosures.None;

    /// <summary>The last month a revoked consent still covers: the month of the revocation.</summary>
    public BillingMonth? LastMonth => RevokedOn is { } revoked ? BillingMonth.Of(revoked) : null;

    /// <summary>
    /// Whether this consent supports billing in <paramref name="month"/>: valid, given on or before
    /// the month's last day, and not revoked before the month began (a revocation leaves its own
    /// month billable; docs/rules/ccm.md §10 "Consent revocation").
    /// </summary>
    public bool Covers(BillingMonth month) =>
        IsValid && Date <= month.LastDay && (LastMonth is null || LastMonth >= month);

    internal static ConsentRecord Create(
        PracticeId practiceId, PatientId patientId, int sequence, ConsentRecordKind kind, ConsentRecord? supersedes, ConsentDetails details, DateOnly? revokedOn, string? note)
    {
        var id = ConsentId.New();
        return new ConsentRecord
        {
            Id = id,
            PracticeId = practiceId,
            PatientId = patientId,
            Sequence = sequence,
            Kind = kind,
            OriginalId = supersedes?.OriginalId ?? id,
            Supersedes = supersedes?.Id,
            Note = note,
            Program = details.Program,
            PractitionerId = details.Practitioner.StaffId,
            PractitionerNpi = details.Practitioner.Npi,
            Date = details.Date,
            Method = details.Method,
            Decision = details.Decision,
            Disclosures = details.Disclosures,
            ObtainedBy = details.ObtainedBy,
            NoOtherCareManagement = details.NoOtherCareManagement,
            Language = details.Language.Trim(),
            DocumentHash = details.Document?.ContentHash,
            DocumentMediaType = details.Document?.MediaType,
            RevokedOn = revokedOn,
        };
    }
}
