namespace Chronicle.Domain.Billing.Claims;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>
/// The claim of a month decision: what is billed (practitioner, date and place of service,
/// diagnoses without the dot, lines with charge and expected payment) and where it stands.
/// Open claims follow the month's facts; an approved claim changes only by being held, and an
/// exported one never: a correction is a new claim with frequency 7 or 8 pointing at it.
/// </summary>
public sealed class BillingClaim
{
    private readonly List<BillingClaimLine> _lines = [];

    private BillingClaim()
    {
        ClaimNumber = string.Empty;
        BillingNpi = string.Empty;
        PlaceOfService = string.Empty;
        Diagnoses = string.Empty;
        StatusChangedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    public Guid DecisionId { get; private set; }

    public CareProgram Program { get; private set; }

    public int MonthKey { get; private set; }

    /// <summary>CLM01, the patient control number the payer echoes back: unique, 20 characters.</summary>
    public string ClaimNumber { get; private set; }

    public string BillingNpi { get; private set; }

    public DateOnly DateOfService { get; private set; }

    public string PlaceOfService { get; private set; }

    /// <summary>ICD-10-CM codes without the dot, comma-separated, in pointer order.</summary>
    public string Diagnoses { get; private set; }

    public IReadOnlyList<BillingClaimLine> Lines => _lines;

    public ClaimStatus Status { get; private set; }

    /// <summary>CLM05-3: 1 original, 7 replacement, 8 void.</summary>
    public int Frequency { get; private set; }

    /// <summary>The claim this one replaces or voids.</summary>
    public Guid? Corrects { get; private set; }

    /// <summary>REF*F8: the payer's control number of the claim corrected.</summary>
    public string? OriginalReference { get; private set; }

    /// <summary>The control number of the file the claim went out in.</summary>
    public long? ExportedIn { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The payer id the claim is billed to (the primary coverage in force on the date of service); null on claims from before payers were kept.</summary>
    public string? PayerCode { get; private set; }

    /// <summary>The patient's member id with that payer (the MBI for Original Medicare).</summary>
    public string? MemberId { get; private set; }

    /// <summary>A Medigap secondary's payer id: Medicare crosses the claim over to it, the practice sends no second claim.</summary>
    public string? CrossoverPayerCode { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    public string StatusChangedBy { get; private set; }

    /// <summary>Raised by every change; two concurrent changes cannot both be saved.</summary>
    public int Version { get; private set; }

    public BillingMonth Month => BillingMonth.FromKey(MonthKey);

    public IReadOnlyList<string> DiagnosisCodes => Diagnoses.Length == 0 ? [] : Diagnoses.Split(',');

    public Money Charge => _lines.Aggregate(Money.Zero, (sum, l) => sum + l.Charge);

    public Money ExpectedPayment => _lines.Aggregate(Money.Zero, (sum, l) => sum + l.ExpectedPayment);

    public static BillingClaim Create(MonthDecision decision, ClaimContent content, ClaimStatus status, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var id = Guid.NewGuid();
        var claim = new BillingClaim
        {
            Id = id,
            PracticeId = decision.PracticeId,
            PatientId = decision.PatientId,
            DecisionId = decision.Id,
            Program = decision.Program,
            MonthKey = decision.MonthKey,
            ClaimNumber = NumberOf(id),
            Frequency = 1,
        };
        claim.SetContent(content);
        claim.SetStatus(status, at, by, null);
        return claim;
    }

    /// <summary>An open claim takes the month's fresh content and status; false when neither changed.</summary>
    public bool Refresh(ClaimContent content, ClaimStatus status, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!Status.IsOpen())
        {
            throw new InvalidOperationException($"Claim {ClaimNumber} is {Status.ToCode()}; month close does not rewrite it.");
        }

        // A hold is a person's decision: fresh facts do not lift it, unless the claim became blocked.
        var next = Status == ClaimStatus.OnHold && status != ClaimStatus.Blocked ? ClaimStatus.OnHold : status;
        if (ClaimContent.Of(this) == content && next == Status)
        {
            return false;
        }

        SetContent(content);
        SetStatus(next, at, by, Note);
        return true;
    }

    public Outcome Approve(DateTimeOffset at, string by) => Status switch
    {
        // A hold's note explains the hold, which approval ends; a correction's reason stays with the claim.
        ClaimStatus.Ready or ClaimStatus.NeedsReview or ClaimStatus.OnHold => Changed(ClaimStatus.Approved, at, by, Status == ClaimStatus.OnHold ? null : Note),
        ClaimStatus.Approved => Outcome.Ok,
        ClaimStatus.Blocked => Outcome.Fail(ClaimCodes.Blocked, $"Claim {ClaimNumber} is blocked by a failed requirement; fix the facts and close the month again."),
        _ => Outcome.Fail(ClaimCodes.Locked, $"Claim {ClaimNumber} is {Status.ToCode()}; it can no longer be approved."),
    };

    public Outcome Hold(string? note, DateTimeOffset at, string by) => Status switch
    {
        ClaimStatus.Ready or ClaimStatus.NeedsReview or ClaimStatus.Approved or ClaimStatus.Blocked => Changed(ClaimStatus.OnHold, at, by, note),
        ClaimStatus.OnHold => Outcome.Ok,
        _ => Outcome.Fail(ClaimCodes.Locked, $"Claim {ClaimNumber} is {Status.ToCode()}; it can no longer be held."),
    };

    public void MarkExported(long controlNumber, DateTimeOffset at, string by)
    {
        if (Status != ClaimStatus.Approved)
        {
            throw new InvalidOperationException($"Only an approved claim is exported; {ClaimNumber} is {Status.ToCode()}.");
        }

        ExportedIn = controlNumber;
        SetStatus(ClaimStatus.Exported, at, by, Note);
    }

    /// <summary>
    /// A replacement (7) with new content, or a void (8) with the same content, of this exported
    /// claim; this one is superseded, and the reason is the new claim's note. A void is approved
    /// (a person asked for it) and final: it is not corrected again. A replacement starts with the
    /// status the engine gives the month (<paramref name="replacementStatus"/>) and stays open, so
    /// that the month's time can change and the next close refreshes it, until it is approved (ADR 0165).
    /// </summary>
    public Outcome<BillingClaim> Correct(bool voidIt, ClaimContent? replacement, ClaimStatus replacementStatus, string originalReference, string? reason, DateTimeOffset at, string by)
    {
        if (Frequency == 8)
        {
            return Outcome<BillingClaim>.Fail(ClaimCodes.Voided, $"Claim {ClaimNumber} voids an earlier claim; a void is not replaced or voided again.");
        }

        if (Status != ClaimStatus.Exported)
        {
            return Outcome<BillingClaim>.Fail(ClaimCodes.NotExported, $"Claim {ClaimNumber} is {Status.ToCode()}; only an exported claim is replaced or voided (an approved one is corrected in place, an open one follows the month's time at the next close).");
        }

        if (!IsReference(originalReference))
        {
            return Outcome<BillingClaim>.Fail(ClaimCodes.BadReference,
                "A replacement or void names the payer's control number of the original claim (REF*F8): 1 to 50 letters, digits or hyphens.");
        }

        var id = Guid.NewGuid();
        var correction = new BillingClaim
        {
            Id = id,
            PracticeId = PracticeId,
            PatientId = PatientId,
            DecisionId = DecisionId,
            Program = Program,
            MonthKey = MonthKey,
            ClaimNumber = NumberOf(id),
            Frequency = voidIt ? 8 : 7,
            Corrects = Id,
            OriginalReference = originalReference.Trim(),
        };
        correction.SetContent(voidIt || replacement is null ? ClaimContent.Of(this) : replacement);
        if (!voidIt && !replacementStatus.IsOpen())
        {
            throw new ArgumentOutOfRangeException(nameof(replacementStatus), replacementStatus, "A replacement starts open, as month close would write it.");
        }

        correction.SetStatus(voidIt ? ClaimStatus.Approved : replacementStatus, at, by, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        SetStatus(ClaimStatus.Superseded, at, by, Note);
        return Outcome<BillingClaim>.Ok(correction);
    }

    /// <summary>
    /// Corrects an approved claim that was never sent: there is nothing for the payer to replace,
    /// so the claim itself goes back to the biller with the month's fresh content and status and
    /// the reason as its note; the month's time can change until it is approved again (ADR 0165).
    /// </summary>
    public Outcome Reopen(ClaimContent content, ClaimStatus status, string? reason, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (Status != ClaimStatus.Approved || Frequency == 8)
        {
            return Outcome.Fail(ClaimCodes.NotExported, $"Claim {ClaimNumber} is {Status.ToCode()}; only an approved or exported claim is corrected (an open claim follows the month's time at the next close).");
        }

        if (!status.IsOpen())
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A reopened claim is open, as month close would write it.");
        }

        SetContent(content);
        SetStatus(status, at, by, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        return Outcome.Ok;
    }

    /// <summary>REF02 is AN 1/50; only letters, digits and hyphens, so that it can never carry a separator into the file.</summary>
    public static bool IsReference(string? text)
    {
        var trimmed = text?.Trim();
        return !string.IsNullOrEmpty(trimmed) && trimmed.Length <= 50 && trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
    }

    private Outcome Changed(ClaimStatus status, DateTimeOffset at, string by, string? note)
    {
        SetStatus(status, at, by, note);
        return Outcome.Ok;
    }

    private void SetStatus(ClaimStatus status, DateTimeOffset at, string by, string? note)
    {
        Status = status;
        StatusChangedAt = at;
        StatusChangedBy = by;
        Note = note;
        Version++;
    }

    private void SetContent(ClaimContent content)
    {
        BillingNpi = content.BillingNpi;
        DateOfService = content.DateOfService;
        PlaceOfService = content.PlaceOfService;
        Diagnoses = string.Join(',', content.Diagnoses);
        (PayerCode, MemberId, CrossoverPayerCode) = (content.Payer?.PayerCode, content.Payer?.MemberId, content.Payer?.CrossoverPayerCode);
        _lines.Clear();
        _lines.AddRange(content.Lines.Select((l, i) => new BillingClaimLine(Guid.NewGuid(), Id, i + 1, l.Code, l.Units, l.Charge.Cents, l.ExpectedPayment.Cents)));
    }

    // 20 characters: letters and digits a payer keeps whole (CLM01 allows 38, many payers keep 20).
    private static string NumberOf(Guid id) => "C" + id.ToString("N")[..19].ToUpperInvariant();
}

/// <summary>One service line: code, units, the practice's charge and the expected payment (allowed amount) for all units.</summary>
public sealed class BillingClaimLine
{
    internal BillingClaimLine(Guid id, Guid claimId, int number, HcpcsCode code, int units, long chargeCents, long expectedCents)
    {
        Id = id;
        ClaimId = claimId;
        Number = number;
        Code = code;
        Units = units;
        ChargeCents = chargeCents;
        ExpectedCents = expectedCents;
    }

    public Guid Id { get; private set; }

    public Guid ClaimId { get; private set; }

    public int Number { get; private set; }

    public HcpcsCode Code { get; private set; }

    public int Units { get; private set; }

    public long ChargeCents { get; private set; }

    public long ExpectedCents { get; private set; }

    public Money Charge => new(ChargeCents);

    public Money ExpectedPayment => new(ExpectedCents);
}
