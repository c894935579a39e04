namespace Chronicle.Web.Pages.Home;

using Chronicle.Application.Claims;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;

/// <summary>
/// The billing queues of a home page, for the month to bill (the one before the practice's current
/// month): whether it is closed, its claims to approve, and those a requirement blocks or someone held.
/// </summary>
public sealed record HomeBilling(string Month, bool Closed, IReadOnlyList<ClaimSummary> Claims)
{
    public IReadOnlyList<ClaimSummary> ToApprove => [.. Claims.Where(c => c.Status is "ready" or "needs-review")];

    /// <summary>Claims that would be denied as they stand (a requirement failed) and claims put on hold.</summary>
    public IReadOnlyList<ClaimSummary> Stopped => [.. Claims.Where(c => c.Status is "blocked" or "on-hold")];

    public static async Task<HomeBilling?> LoadAsync(GetBillingDashboard dashboard, ListClaims claims, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        ArgumentNullException.ThrowIfNull(claims);

        // The dashboard knows the practice's current month in its own time zone and which months are closed.
        var months = (await dashboard.ExecuteAsync(null, null, cancellationToken)).Value;
        if (months is null)
        {
            return null;
        }

        var month = BillingMonth.Parse(months.Current).Previous();
        var closed = months.Months.FirstOrDefault(m => m.Month == month.ToString())?.Closed ?? false;
        var list = await claims.ExecuteAsync(month, null, null, cancellationToken);
        return new HomeBilling(month.ToString(), closed, list.Value?.Claims.Where(c => c.Status != ClaimStatus.Superseded.ToCode()).ToList() ?? []);
    }
}
