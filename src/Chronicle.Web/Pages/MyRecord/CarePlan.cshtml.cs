namespace Chronicle.Web.Pages.MyRecord;

using Chronicle.Application.CarePlans;
using Chronicle.Application.Common;
using Chronicle.Application.Patients;
using Chronicle.Application.Portal;
using Chronicle.Domain.CarePlans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// The care plan in force, in plain language, for the patient, a caregiver they named or an
/// outside provider the record is shared with, and its PDF (the same patient copy the practice
/// prints). A patient the user may not see is a 404, as is the PDF of a plan not signed yet.
/// </summary>
public sealed class CarePlanModel(GetPortalCarePlan plans, ExportCarePlan export) : PageModel
{
    public Guid PatientId { get; private set; }

    public PortalCarePlan? Plan { get; private set; }

    public BusinessError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        PatientId = id;
        var result = await plans.ExecuteAsync(id, cancellationToken);
        if (result.Error?.Code == GetPatientChart.UnknownPatientCode)
        {
            return NotFound();
        }

        Plan = result.Value;
        Error = result.Error;
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await export.ForPatientAsync(id, CarePlanExportFormat.Pdf, null, cancellationToken);
        return result.Value is { } file ? File(file.Bytes, file.MediaType, file.FileName) : NotFound();
    }

    /// <summary>A goal's status in the words the patient's PDF uses.</summary>
    public static string GoalStatusText(GoalStatus status) => status switch
    {
        GoalStatus.Proposed => "Proposed",
        GoalStatus.Active => "Working on it",
        GoalStatus.Achieved => "Reached",
        GoalStatus.OnHold => "On hold",
        _ => "Stopped",
    };
}
