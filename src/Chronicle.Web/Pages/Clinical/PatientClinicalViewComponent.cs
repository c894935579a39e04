namespace Chronicle.Web.Pages.Clinical;

using Chronicle.Application.Clinical;
using Microsoft.AspNetCore.Mvc;

/// <summary>
/// The patient page's clinical sections: recent vitals and labs, allergies, active prescriptions
/// and immunizations. Renders nothing for a patient with none of them.
/// </summary>
public sealed class PatientClinicalViewComponent(GetClinicalSummary summary) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid patientId)
    {
        var view = (await summary.ExecuteAsync(patientId, HttpContext.RequestAborted)).Value;
        return view is null ? Content(string.Empty) : View(view);
    }
}
