namespace Chronicle.Web.Presentation;

using Chronicle.Domain.Billing.Claims;

/// <summary>Claim statuses as people say them; the stable codes stay in filters, URLs and the CLI.</summary>
public static class ClaimWords
{
    public static string Status(string code) => ClaimStatuses.FromCode(code) switch
    {
        ClaimStatus.Ready => "Ready",
        ClaimStatus.NeedsReview => "Needs review",
        ClaimStatus.Blocked => "Blocked",
        ClaimStatus.Approved => "Approved",
        ClaimStatus.OnHold => "On hold",
        ClaimStatus.Exported => "Exported",
        ClaimStatus.Superseded => "Replaced",
        ClaimStatus.Submitted => "Submitted",
        ClaimStatus.Accepted => "Accepted by payer",
        ClaimStatus.Rejected => "Rejected",
        ClaimStatus.Paid => "Paid",
        ClaimStatus.Denied => "Denied",
        ClaimStatus.Reversed => "Payment reversed",
        ClaimStatus.WrittenOff => "Written off",
        _ => code,
    };
}
