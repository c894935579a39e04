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

    /// <summary>What the payer paid (835 CLP04, net of reversals); null until a remittance names the claim.</summary>
    public long? PaidCents { get; private set; }

    /// <summary>What the patient owes by the payer's adjudication (835 CLP05); null until a remittance names the claim.</summary>
    public long? PatientResponsibilityCents { get; private set; }

    /// <summary>The 835 file (<see cref="ResponseFile"/>) whose payment, denial or reversal set the amounts above; null until one names the claim.</summary>
    public Guid? RemittanceFileId { get; private set; }

    /// <summary>That payment's trace number (TRN02: the check or EFT number), which a statement cites as its source.</summary>
    public string? RemittanceTrace { get; private set; }

    /// <summary>The payer's own number for the claim (277CA REF*1K, 835 CLP07): what a replacement's REF*F8 names.</summary>
    public string? PayerClaimNumber { get; private set; }

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

    /// <summary>Its file reached the clearinghouse.</summary>
    public void MarkSubmitted(DateTimeOffset at, string by) => Move(ClaimStatus.Submitted, at, by, Note);

    /// <summary>
    /// What the clearinghouse (999) or payer (277CA) said: accepted, or rejected with the detail
    /// in the note. A claim already past that point (paid, say) keeps its status: false.
    /// </summary>
    public bool Acknowledge(bool accepted, string? payerClaimNumber, string? detail, DateTimeOffset at, string by)
    {
        PayerClaimNumber = payerClaimNumber ?? PayerClaimNumber;
        var to = accepted ? ClaimStatus.Accepted : ClaimStatus.Rejected;
        if (!ClaimTransitions.CanMove(Status, to))
        {
            return false;
        }

        Move(to, at, by, accepted ? Note : detail);
        return true;
    }

    /// <summary>
    /// An 835 claim payment: a reversal (CLP02 22) adds its negative amounts to what was posted; any
    /// other payment replaces them. Denied when the payer says so (CLP02 4), else paid, even $0.
    /// </summary>
    public bool Post(ClaimStatus to, long paidCents, long patientCents, string? payerClaimNumber, RemittanceSource source, DateTimeOffset at, string by)
    {
        if (to is not (ClaimStatus.Paid or ClaimStatus.Denied or ClaimStatus.Reversed))
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "An 835 pays, denies or reverses a claim.");
        }

        if (!ClaimTransitions.CanMove(Status, to))
        {
            return false;
        }

        ArgumentNullException.ThrowIfNull(source);
        var reversal = to == ClaimStatus.Reversed;
        PaidCents = reversal ? (PaidCents ?? 0) + paidCents : paidCents;
        PatientResponsibilityCents = reversal ? (PatientResponsibilityCents ?? 0) + patientCents : patientCents;
        PayerClaimNumber = payerClaimNumber ?? PayerClaimNumber;
        (RemittanceFileId, RemittanceTrace) = (source.FileId, source.Trace);
        Move(to, at, by, Note);
        return true;
    }

    /// <summary>The practice stops pursuing a rejected or denied claim; the reason is kept.</summary>
    public Outcome WriteOff(string? reason, DateTimeOffset at, string by)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Fail(ClaimCodes.NotWorkable, "A write-off needs a reason.");
        }

        if (!ClaimTransitions.CanMove(Status, ClaimStatus.WrittenOff))
        {
            return Outcome.Fail(ClaimCodes.NotWorkable, $"Claim {ClaimNumber} is {Status.ToCode()}; only a rejected or denied claim is written off.");
        }

        Move(ClaimStatus.WrittenOff, at, by, reason.Trim());
        return Outcome.Ok;
    }

    /// <summary>
    /// The line a remittance's SVC names by its REF*6R, else by code when only one line has it. An
    /// institutional line paid by revenue code only (SVC01 NU, no procedure) has no code: it can
    /// only be the line of a one-line claim, since every line of a claim carries the same revenue code.
    /// </summary>
    public BillingClaimLine? LineFor(string? controlNumber, string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (controlNumber is not null && _lines.FirstOrDefault(l => l.ControlNumber == controlNumber) is { } byControl)
        {
            return byControl;
        }

        if (code.Length == 0)
        {
            return _lines.Count == 1 ? _lines[0] : null;
        }

        var byCode = _lines.Where(l => l.Code.Value == code).ToList();
        return byCode.Count == 1 ? byCode[0] : null;
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

        if (!Status.IsSent())
        {
            return Outcome<BillingClaim>.Fail(ClaimCodes.NotExported, $"Claim {ClaimNumber} is {Status.ToCode()}; only a sent claim is replaced or voided (an approved one is corrected in place, an open one follows the month's time at the next close).");
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

    private void Move(ClaimStatus to, DateTimeOffset at, string by, string? note)
    {
        if (!ClaimTransitions.CanMove(Status, to))
        {
            throw new InvalidOperationException($"Claim {ClaimNumber} is {Status.ToCode()}; it cannot become {to.ToCode()}.");
        }

        SetStatus(to, at, by, note);
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
        _lines.AddRange(content.Lines.Select((l, i) => new BillingClaimLine(Guid.NewGuid(), Id, i + 1, l.Code, l.Units, l.Charge.Cents, l.ExpectedPayment.Cents, $"{ClaimNumber}-{i + 1}")));
    }

    // 20 characters: letters and digits a payer keeps whole (CLM01 allows 38, many payers keep 20).
    private static string NumberOf(Guid id) => "C" + id.ToString("N")[..19].ToUpperInvariant();
}

/// <summary>The 835 a payment came from: the received file and its trace number (TRN02, up to 50 characters).</summary>
public sealed record RemittanceSource(Guid FileId, string? Trace)
{
    public string? Trace { get; } = Trace is { Length: > 50 } tooLong ? tooLong[..50] : Trace;
}

/// <summary>One service line: code, units, the practice's charge and the expected payment (allowed amount) for all units.</summary>
public sealed class BillingClaimLine
{
    internal BillingClaimLine(Guid id, Guid claimId, int number, HcpcsCode code, int units, long chargeCents, long expectedCents, string controlNumber)
    {
        ControlNumber = controlNumber;
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

    /// <summary>REF*6R: the claim number and line number, unique across every claim, echoed on the 835's SVC (ADR 0225).</summary>
    public string ControlNumber { get; private set; }

    /// <summary>What the payer paid for this line (835 SVC03); null until a remittance names it.</summary>
    public long? PaidCents { get; private set; }

    public void PostPaid(long paidCents, bool reversal) => PaidCents = reversal ? (PaidCents ?? 0) + paidCents : paidCents;

    public Money Charge => new(ChargeCents);

    public Money ExpectedPayment => new(ExpectedCents);
}
