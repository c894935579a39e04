namespace Chronicle.Web.Pages.Time;

using Chronicle.Application.Time.Worklist;
using Chronicle.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>The month's time in charts: minutes distribution, patients at each threshold, minutes per person per week.</summary>
public sealed class DashboardModel(GetTimeDashboard dashboard) : PageModel
{
    public TimeDashboard Data { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var parsed = BillingMonth.TryParse(Month);
        var result = await dashboard.ExecuteAsync(parsed.IsValid ? parsed.Value : null, cancellationToken);
        if (result.Value is not { } found)
        {
            return Forbid();
        }

        Data = found;
        return Page();
    }
}
