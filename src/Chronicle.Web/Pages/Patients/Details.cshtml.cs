namespace Chronicle.Web.Pages.Patients;

using Chronicle.Application.CarePlans;
using Chronicle.Application.Enrollment;
using Chronicle.Application.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>The patient chart; an unknown id is a 404 like any other missing page.</summary>
public sealed class DetailsModel(GetPatientChart chart, GetCarePlan carePlan, GetEnrollmentStatus enrollment) : PageModel
{
    public PatientChart Chart { get; private set; } = null!;

    public CarePlanPage? CarePlan { get; private set; }

    public PatientEnrollmentStatus? Enrollment { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await chart.ExecuteAsync(id, cancellationToken);
        if (result.Value is not { } found)
        {
            return NotFound();
        }

        Chart = found;
        CarePlan = (await carePlan.ExecuteAsync(id, cancellationToken, partOfChart: true)).Value;
        Enrollment = (await enrollment.ExecuteAsync(id, null, cancellationToken, partOfChart: true)).Value;
        return Page();
    }
}
