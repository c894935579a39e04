namespace Chronicle.Domain.Billing.Claims;

/// <summary>Where a claim stands between month close and the payer.</summary>
public enum ClaimStatus
{
    /// <summary>The engine found the month billable: a biller approves or holds it.</summary>
    Ready = 1,

    /// <summary>Billable with a warning that a person must judge before approving.</summary>
    NeedsReview = 2,

    /// <summary>A requirement failed: kept to show what would be billed; it cannot be approved.</summary>
    Blocked = 3,

    Approved = 4,

    OnHold = 5,

    /// <summary>Sent in a claim file; never rewritten, only replaced (7) or voided (8) by a new claim.</summary>
    Exported = 6,

    /// <summary>An exported claim a later replacement or void claim points at.</summary>
    Superseded = 7,
}

public static class ClaimStatuses
{
    public static string ToCode(this ClaimStatus status) => status switch
    {
        ClaimStatus.Ready => "ready",
        ClaimStatus.NeedsReview => "needs-review",
        ClaimStatus.Blocked => "blocked",
        ClaimStatus.Approved => "approved",
        ClaimStatus.OnHold => "on-hold",
        ClaimStatus.Exported => "exported",
        ClaimStatus.Superseded => "superseded",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown claim status."),
    };

    public static ClaimStatus? FromCode(string? code) =>
        Enum.GetValues<ClaimStatus>().Cast<ClaimStatus?>().FirstOrDefault(s => string.Equals(s!.Value.ToCode(), code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The claim status month close writes for the engine's decision: billable is ready, needs-review waits for a person, the rest is blocked.</summary>
    public static ClaimStatus FromDecision(BillingStatus status) => status switch
    {
        BillingStatus.Billable => ClaimStatus.Ready,
        BillingStatus.NeedsReview => ClaimStatus.NeedsReview,
        _ => ClaimStatus.Blocked,
    };

    /// <summary>Month close may rewrite these from fresh facts; approved and sent claims it leaves alone.</summary>
    public static bool IsOpen(this ClaimStatus status) =>
        status is ClaimStatus.Ready or ClaimStatus.NeedsReview or ClaimStatus.Blocked or ClaimStatus.OnHold;
}

/// <summary>Stable codes of the claim workflow's refusals.</summary>
public static class ClaimCodes
{
    public const string NotFound = "CLAIM-NOT-FOUND";
    public const string Blocked = "CLAIM-BLOCKED";
    public const string Locked = "CLAIM-LOCKED";
    public const string NothingToExport = "CLAIM-NOTHING-TO-EXPORT";
    public const string NotExportable = "CLAIM-NOT-EXPORTABLE";
    public const string Concurrent = "CLAIM-CHANGED";
    public const string NotExported = "CLAIM-NOT-EXPORTED";
    public const string Voided = "CLAIM-VOIDED";
    public const string BadReference = "CLAIM-REFERENCE-INVALID";
    public const string NotBillable = "CLAIM-NOT-BILLABLE";

    /// <summary>A held claim is approved only on its own, with the biller confirming the hold is resolved.</summary>
    public const string HeldNeedsConfirmation = "CLAIM-HELD-CONFIRM";
}
