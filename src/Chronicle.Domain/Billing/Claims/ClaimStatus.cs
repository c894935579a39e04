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

    /// <summary>Its file was delivered to the clearinghouse (folder or SFTP); waiting for acknowledgments.</summary>
    Submitted = 8,

    /// <summary>The payer accepted it into adjudication (277CA).</summary>
    Accepted = 9,

    /// <summary>Rejected by the clearinghouse (999) or payer (277CA): never adjudicated, it needs correcting.</summary>
    Rejected = 10,

    /// <summary>Adjudicated and paid, in full or in part (835 CLP02 1/2/3/19/20/21).</summary>
    Paid = 11,

    /// <summary>Adjudicated and denied (835 CLP02 4).</summary>
    Denied = 12,

    /// <summary>The payer took back an earlier payment (835 CLP02 22).</summary>
    Reversed = 13,

    /// <summary>A rejected or denied claim the practice decided not to pursue, with its reason.</summary>
    WrittenOff = 14,
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
        ClaimStatus.Submitted => "submitted",
        ClaimStatus.Accepted => "accepted",
        ClaimStatus.Rejected => "rejected",
        ClaimStatus.Paid => "paid",
        ClaimStatus.Denied => "denied",
        ClaimStatus.Reversed => "reversed",
        ClaimStatus.WrittenOff => "written-off",
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

    /// <summary>
    /// The statuses in which a claim bills its patient-month: approved, or sent and not since
    /// replaced. Queries use this list (EF translates Contains), so a new sent status joins here once.
    /// </summary>
    public static readonly IReadOnlyList<ClaimStatus> Billed =
        [ClaimStatus.Approved, ClaimStatus.Exported, ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.Rejected, ClaimStatus.Paid, ClaimStatus.Denied, ClaimStatus.Reversed];

    /// <summary>A claim that left the practice in a file: never rewritten, only replaced (7) or voided (8) by a new claim.</summary>
    public static bool IsSent(this ClaimStatus status) =>
        status is ClaimStatus.Exported or ClaimStatus.Submitted or ClaimStatus.Accepted or ClaimStatus.Rejected
            or ClaimStatus.Paid or ClaimStatus.Denied or ClaimStatus.Reversed;

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
    public const string NotWorkable = "CLAIM-NOT-ON-DENIALS";

    /// <summary>A held claim is approved only on its own, with the biller confirming the hold is resolved.</summary>
    public const string HeldNeedsConfirmation = "CLAIM-HELD-CONFIRM";
}
