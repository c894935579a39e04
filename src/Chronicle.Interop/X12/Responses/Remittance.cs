namespace Chronicle.Interop.X12.Responses;

using Chronicle.Domain.Common;

/// <summary>An 835 file: one payment advice per transaction set.</summary>
public sealed record Remittance(IReadOnlyList<RemittanceAdvice> Advices);

/// <summary>
/// One payment (ST–SE): the money (BPR), its trace number for re-association with the deposit
/// (TRN02), payer and payee, the claims paid or denied and the provider-level adjustments (PLB).
/// </summary>
public sealed record RemittanceAdvice(
    string TransactionControlNumber,
    RemittancePayment Payment,
    string TraceNumber,
    string? TraceOriginatorId,
    RemittanceParty Payer,
    RemittanceParty Payee,
    IReadOnlyList<RemittanceClaim> Claims,
    IReadOnlyList<ProviderAdjustment> ProviderAdjustments);

/// <summary>BPR: the total paid (BPR02), credit or debit (BPR03), method (BPR04: ACH, CHK, FWT, BOP or NON) and date (BPR16).</summary>
public sealed record RemittancePayment(Money Amount, string CreditOrDebit, string Method, DateOnly? Date);

/// <summary>A payer (N1*PR) or payee (N1*PE): name and identifier with its qualifier (N103/N104).</summary>
public sealed record RemittanceParty(string Name, string? IdQualifier, string? Id);

/// <summary>
/// One claim (CLP): our claim id (CLP01), its status (CLP02), charge (CLP03), paid (CLP04), patient
/// responsibility (CLP05), the payer's claim number (CLP07), claim-level adjustments (CAS) and
/// remark codes (MOA/MIA), and its service lines.
/// </summary>
public sealed record RemittanceClaim(
    int SegmentNumber,
    string ClaimId,
    string StatusCode,
    RemittanceClaimStatus Status,
    Money Charge,
    Money Paid,
    Money PatientResponsibility,
    string? PayerClaimNumber,
    string? PatientMemberId,
    IReadOnlyList<ClaimAdjustment> Adjustments,
    IReadOnlyList<string> RemarkCodes,
    IReadOnlyList<RemittanceServiceLine> Lines)
{
    public bool IsReversal => Status == RemittanceClaimStatus.Reversed;

    /// <summary>Every adjustment of the claim, its own and its lines'.</summary>
    public IEnumerable<ClaimAdjustment> AllAdjustments => Adjustments.Concat(Lines.SelectMany(l => l.Adjustments));
}

/// <summary>
/// One service line (SVC): procedure code and modifiers (SVC01), charge (SVC02), paid (SVC03),
/// units (SVC05, 1 when absent), date of service (DTM*472, or DTM*150), our line control number
/// (REF*6R), the allowed amount (AMT*B6), its adjustments (CAS) and remark codes (LQ*HE). On an
/// institutional claim's line, the revenue code (SVC04, or SVC01 NU:code; then the code is SVC06's
/// procedure, or empty when the payer does not return it).
/// </summary>
public sealed record RemittanceServiceLine(
    int SegmentNumber,
    string Code,
    IReadOnlyList<string> Modifiers,
    Money Charge,
    Money Paid,
    decimal Units,
    DateOnly? ServiceDate,
    string? LineControlNumber,
    Money? Allowed,
    IReadOnlyList<ClaimAdjustment> Adjustments,
    IReadOnlyList<string> RemarkCodes)
{
    public string? RevenueCode { get; init; }
}

/// <summary>One CAS triplet: group (CO, PR, OA, PI, CR), reason (CARC), amount and quantity.</summary>
public sealed record ClaimAdjustment(string Group, string Reason, Money Amount, decimal? Quantity)
{
    public override string ToString() => $"{Group}-{Reason} {Amount}";
}

/// <summary>One PLB adjustment: the provider (PLB01), fiscal period end (PLB02), reason (e.g. L6 interest, WO overpayment recovery, 72 authorized return), its reference and amount (positive reduces the payment).</summary>
public sealed record ProviderAdjustment(int SegmentNumber, string ProviderId, DateOnly? FiscalPeriodEnd, string Reason, string? Reference, Money Amount);
