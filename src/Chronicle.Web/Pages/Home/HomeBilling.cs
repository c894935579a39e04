namespace Chronicle.Web.Pages.Home;

using Chronicle.Application.Claims;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;

/// <summary>
/// The billing queues of a home page, for the month to bill (the one before the practice's current
/// month): whether month close has decided it, its claims to approve, and those a requirement blocks or someone held.
/// </summary>
public sealed record HomeBilling(string Month, bool Closed, IReadOnlyList<ClaimSummary> Claims)
{
    public IReadOnlyList<ClaimSummary> ToApprove => [.. Claims.Where(c => c.Status is "ready" or "needs-review")];

    /// <summary>Claims that would be denied as they stand (a requirement failed) and claims put on hold.</summary>
    public IReadOnlyList<ClaimSummary> Stopped => [.. Claims.Where(c => c.Status is "blocked" or "on-hold")];

    /// <param name="month">The month to bill, in the practice's time zone.</param>
    public static async Task<HomeBilling?> LoadAsync(BillingMonth month, ListClaims claims, ListUnclaimedDecisions unclaimed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(unclaimed);
        var list = (await claims.ExecuteAsync(month, null, null, cancellationToken)).Value;
        if (list is null)
        {
            return null;
        }

        // Month close decides every enrolled patient-month: closed once it wrote a decision, with a claim or without.
        var closed = list.Claims.Count > 0 || (await unclaimed.ExecuteAsync(month, null, cancellationToken)).Value?.Rows.Count > 0;
        return new HomeBilling(month.ToString(), closed, [.. list.Claims.Where(c => c.Status != ClaimStatus.Superseded.ToCode())]);
    }
}
