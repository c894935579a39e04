namespace Chronicle.Web.Pages.Notices;

using Chronicle.Application.Common;
using Chronicle.Application.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>Every open notice to the care team; acknowledging one (a POST with antiforgery) returns to the page it was made from.</summary>
public sealed class IndexModel(AcknowledgeCareTeamNotice acknowledge) : PageModel
{
    public BusinessError? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(Guid notice, string? returnUrl, CancellationToken cancellationToken)
    {
        var result = await acknowledge.ExecuteAsync(notice, cancellationToken);
        if (result.Error is { } error)
        {
            Error = error;
            return Page();
        }

        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage();
    }
}
