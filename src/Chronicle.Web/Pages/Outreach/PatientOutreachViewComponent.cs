namespace Chronicle.Web.Pages.Outreach;

using Chronicle.Application.Outreach;
using Microsoft.AspNetCore.Mvc;

/// <summary>
/// The patient page's outreach section: where the patient stands on the call list and every call
/// and letter about enrolling. Renders nothing for a patient never listed or contacted.
/// </summary>
public sealed class PatientOutreachViewComponent(GetPatientOutreach outreach) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid patientId)
    {
        var view = (await outreach.ExecuteAsync(patientId, HttpContext.RequestAborted)).Value;
        return view is null || (view.Attempts.Count == 0 && !view.Status.OnList) ? Content(string.Empty) : View(view);
    }
}
