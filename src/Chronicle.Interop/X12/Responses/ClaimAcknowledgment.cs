namespace Chronicle.Interop.X12.Responses;

using Chronicle.Domain.Common;

/// <summary>A 277CA: one entry per claim it acknowledges (the patient level, HL03 = PT).</summary>
public sealed record ClaimAcknowledgment(IReadOnlyList<AcknowledgedClaim> Claims);

/// <summary>
/// One claim as the payer or clearinghouse acknowledged it: the claim's own control number (TRN02
/// of the patient level, our CLM01), the payer's claim number (REF*1K) and clearinghouse trace
/// number (REF*D9) when given, the claim-level statuses (STC) and the verdict they add up to.
/// </summary>
public sealed record AcknowledgedClaim(
    int SegmentNumber,
    string ClaimControlNumber,
    string? PayerClaimNumber,
    string? ClearinghouseTraceNumber,
    string? PatientMemberId,
    IReadOnlyList<ClaimStatusCode> Statuses,
    ClaimAcknowledgmentVerdict Verdict);

/// <summary>A status (STC01, STC10 or STC11): category code (e.g. A7), status code (e.g. 562) and the entity it concerns, if any; with STC02's date and STC04's amount.</summary>
public sealed record ClaimStatusCode(string Category, string Status, string? Entity, DateOnly? Date, Money? ChargeAmount)
{
    public override string ToString() => Entity is null ? $"{Category}:{Status}" : $"{Category}:{Status}:{Entity}";
}

/// <summary>What the claim's statuses add up to (see <see cref="ClaimStatusCategories"/>).</summary>
public enum ClaimAcknowledgmentVerdict
{
    /// <summary>Received and accepted into adjudication (or forwarded).</summary>
    Accepted,

    /// <summary>Returned or rejected: it will not be adjudicated and needs correcting.</summary>
    Rejected,

    /// <summary>A category that says neither (pending, requests for information, …).</summary>
    Undecided,
}
