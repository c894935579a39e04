namespace Chronicle.Web.Pages.Time;

using Chronicle.Application.Time.Worklist;
using Chronicle.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>Today's calls: the care manager's enrolled patients, most urgent first.</summary>
public sealed class IndexModel(GetCareManagerWorklist worklist) : PageModel
{
    public CareManagerWorklist List { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public bool Everyone { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        BillingMonth? month = null;
        if (!string.IsNullOrWhiteSpace(Month))
        {
            var parsed = BillingMonth.TryParse(Month);
            if (!parsed.IsValid)
            {
                Problem = parsed.Error;
            }
            else
            {
                month = parsed.Value;
            }
        }

        var result = await worklist.ExecuteAsync(new WorklistQuery(month, Everyone), cancellationToken);
        if (result.Value is not { } found)
        {
            return Forbid();
        }

        List = found;
        return Page();
    }
}
