namespace Chronicle.Domain.Billing.Claims;

/// <summary>
/// The one table of what may follow what once a claim has left the practice (ADR 0226): the
/// clearinghouse and payer move a sent claim, and a person writes off a rejected or denied one.
/// Approval, holds and corrections keep their own guards in <see cref="BillingClaim"/>.
/// </summary>
public static class ClaimTransitions
{
    private static readonly Dictionary<ClaimStatus, ClaimStatus[]> Allowed = new()
    {
        // A file delivered; 'claims export' (no transport) stays exported and can still be acknowledged.
        [ClaimStatus.Exported] = [ClaimStatus.Submitted, ClaimStatus.Accepted, ClaimStatus.Rejected, ClaimStatus.Paid, ClaimStatus.Denied],
        [ClaimStatus.Submitted] = [ClaimStatus.Accepted, ClaimStatus.Rejected, ClaimStatus.Paid, ClaimStatus.Denied],

        // A 277CA may come after the 835 or repeat; payment is what counts, so an accepted claim is only paid or denied.
        [ClaimStatus.Accepted] = [ClaimStatus.Rejected, ClaimStatus.Paid, ClaimStatus.Denied],
        [ClaimStatus.Rejected] = [ClaimStatus.Accepted, ClaimStatus.WrittenOff],
        [ClaimStatus.Paid] = [ClaimStatus.Reversed, ClaimStatus.Paid, ClaimStatus.Denied],
        [ClaimStatus.Denied] = [ClaimStatus.Reversed, ClaimStatus.Paid, ClaimStatus.Denied, ClaimStatus.WrittenOff],

        // After a reversal the payer usually reprocesses the claim in the same 835.
        [ClaimStatus.Reversed] = [ClaimStatus.Paid, ClaimStatus.Denied],
    };

    public static bool CanMove(ClaimStatus from, ClaimStatus to) =>
        Allowed.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>The denials worklist: what a person must act on.</summary>
    public static bool NeedsWork(this ClaimStatus status) => status is ClaimStatus.Rejected or ClaimStatus.Denied;
}
