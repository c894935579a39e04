namespace Chronicle.Web.Pages.Billing;

using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// The billing dashboard: a month's claims by status, billed against projected, the last twelve
/// months in a chart and a table, and their money once sent (billed, paid, denied, outstanding: the
/// same <see cref="GetClaimMoney"/> the billing page asks).
/// </summary>
public sealed class DashboardModel(GetBillingDashboard dashboard, GetClaimMoney money) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public BillingDashboard Data { get; private set; } = null!;

    public IReadOnlyList<MonthMoney> Money { get; private set; } = [];

    public BusinessError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var parsed = BillingMonth.TryParse(Month);
        var result = await dashboard.ExecuteAsync(parsed.IsValid ? parsed.Value : null, null, cancellationToken);
        if (result.Value is not { } found)
        {
            return Forbid();
        }

        Data = found;
        Money = (await money.ExecuteAsync(BillingMonth.Parse(found.Months[0].Month), BillingMonth.Parse(found.Month), null, cancellationToken)).Value ?? [];
        return Page();
    }

    /// <summary>Whole dollars for the chart's bars, which take integers.</summary>
    public static int WholeDollars(long cents) => (int)Math.Min(int.MaxValue, Math.Round(cents / 100m, MidpointRounding.AwayFromZero));

    public static string ShortMonth(string month) => month.Length == 7 ? $"{month[5..]}/{month[2..4]}" : month;
}
