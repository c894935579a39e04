namespace Chronicle.Web.Pages.Patients;

using Chronicle.Application.CarePlans;
using Chronicle.Application.Enrollment;
using Chronicle.Application.Patients;
using Chronicle.Application.Security;
using Chronicle.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>The patient chart; an unknown id is a 404 like any other missing page.</summary>
public sealed class DetailsModel(GetPatientChart chart, GetCarePlan carePlan, GetEnrollmentStatus enrollment, IActorContext actors) : PageModel
{
    public PatientChart Chart { get; private set; } = null!;

    public CarePlanPage? CarePlan { get; private set; }

    public PatientEnrollmentStatus? Enrollment { get; private set; }

    /// <summary>The month the time panel shows (?timeMonth=YYYY-MM, e.g. from a claim); this month otherwise.</summary>
    public BillingMonth? TimeMonth { get; private set; }

    /// <summary>Why the preferred language was not saved, shown beside its form.</summary>
    public string? LanguageError { get; private set; }

    public bool MayEditLanguage => actors.Current.Allows(Capability.ChangeEnrollmentAndConsent);

    public async Task<IActionResult> OnPostLanguageAsync(Guid id, string? language, [FromServices] SetPreferredLanguage setLanguage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setLanguage);
        var error = await setLanguage.ExecuteAsync(id, language, cancellationToken);
        if (error is null)
        {
            return RedirectToPage(new { id });
        }

        LanguageError = error.Message;
        return await OnGetAsync(id, null, cancellationToken);
    }

    public async Task<IActionResult> OnGetAsync(Guid id, string? timeMonth, CancellationToken cancellationToken)
    {
        // A month that is not one is ignored: the panel falls back to this month rather than failing the chart.
        TimeMonth = BillingMonth.TryParse(timeMonth) is { IsValid: true } parsed ? parsed.Value : null;
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
