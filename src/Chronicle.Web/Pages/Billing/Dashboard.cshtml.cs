namespace Chronicle.Web.Pages.Billing;

using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>The billing dashboard: a month's claims by status, billed against projected, and the last twelve months in a chart and a table.</summary>
public sealed class DashboardModel(GetBillingDashboard dashboard) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public BillingDashboard Data { get; private set; } = null!;

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
        return Page();
    }

    /// <summary>Whole dollars for the chart's bars, which take integers.</summary>
    public static int WholeDollars(long cents) => (int)Math.Min(int.MaxValue, Math.Round(cents / 100m, MidpointRounding.AwayFromZero));

    public static string ShortMonth(string month) => month.Length == 7 ? $"{month[5..]}/{month[2..4]}" : month;
}
