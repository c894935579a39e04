namespace Chronicle.Web.Pages.Patients;

using Chronicle.Application.Payers;
using Microsoft.AspNetCore.Mvc;

/// <summary>
/// The patient page's coverage section (ADR 0251): the patient's payers with member id, plan type,
/// order and dates; for a role that may keep coverage, the forms to add, change and end one (the use
/// case refuses the others anyway). Kept in its own component and view so the chart's other sections
/// change without touching it.
/// </summary>
public sealed class PatientCoverageViewComponent(GetPatientCoverage coverage) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid patientId)
    {
        var view = (await coverage.ExecuteAsync(patientId, HttpContext.RequestAborted)).Value;
        return view is null
            ? Content(string.Empty)
            : View(new PatientCoveragePanel(view, CoverageInput.Kept(TempData), TempData[CoverageModel.MessageKey] as string));
    }
}

/// <summary>The section's data, the form that came back refused (if any) and what the last change did.</summary>
public sealed record PatientCoveragePanel(PatientCoverageView View, CoverageInput? Kept, string? Message);
