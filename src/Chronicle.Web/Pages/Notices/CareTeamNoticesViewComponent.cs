namespace Chronicle.Web.Pages.Notices;

using Chronicle.Application.Portal;
using Microsoft.AspNetCore.Mvc;

/// <summary>
/// The care team's open notices (an opt-out made in the portal) with a button to acknowledge each:
/// on the home page for the practice, on the patient page for that patient. Renders nothing when
/// there are none or the user is not on the care team.
/// </summary>
public sealed class CareTeamNoticesViewComponent(ListCareTeamNotices notices) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid? patientId)
    {
        var rows = await notices.ExecuteAsync(patientId, HttpContext.RequestAborted);
        return View(new CareTeamNoticesPanel(rows, HttpContext.Request.Path + HttpContext.Request.QueryString));
    }
}

/// <param name="ReturnUrl">Where acknowledging a notice comes back to.</param>
public sealed record CareTeamNoticesPanel(IReadOnlyList<CareTeamNoticeView> Notices, string ReturnUrl);
