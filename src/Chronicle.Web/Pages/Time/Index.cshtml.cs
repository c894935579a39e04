namespace Chronicle.Web.Pages.Time;

using Chronicle.Application.Security;
using Chronicle.Application.Time.Worklist;
using Chronicle.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// Today's calls: the care manager's enrolled patients, most urgent first, each row with a quick
/// log (minutes that ended just now) that posts without leaving the list.
/// </summary>
public sealed class IndexModel(GetCareManagerWorklist worklist, IActorContext actors) : PageModel
{
    public CareManagerWorklist List { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public bool Everyone { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public string? Problem { get; private set; }

    /// <summary>A quick log ends now, so it is offered on this month's list only, to a role that may log time.</summary>
    public bool CanQuickLog => actors.Current.Allows(Capability.LogTime) && List.Month == BillingMonth.Of(List.Today).ToString();

    /// <summary>What the last quick log did, or the refused one to show again in its row.</summary>
    public string? Logged { get; private set; }

    public QuickLogForm? Refused { get; private set; }

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
        Logged = TempData[QuickLogForm.MessageKey] as string;
        Refused = QuickLogForm.Kept(TempData);
        return Page();
    }
}
