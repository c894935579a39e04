namespace Chronicle.Web.Pages.Patients;

using Chronicle.Application.Payers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// The coverage forms of the patient page (ADR 0251): add or change a coverage, or end one. Each
/// posts here, goes through <see cref="SaveCoverage"/> (the coverage rules the CSV import applies,
/// the ManagePayers capability, the audit), and returns to the chart's coverage section; a refusal
/// comes back with what was typed and the message beside its field.
/// </summary>
public sealed class CoverageModel(SaveCoverage save) : PageModel
{
    public const string MessageKey = "CoverageMessage";

    public IActionResult OnGet(Guid patientId) => Redirect($"/Patients/{patientId}#coverage");

    public async Task<IActionResult> OnPostAsync(Guid patientId, CoverageInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var saved = await save.ExecuteAsync(patientId, input.CoverageId, input.ToForm(), cancellationToken);
        return Back(patientId, input, saved, "edit", saved.Changed ? "The coverage is saved." : "Nothing changed.");
    }

    public async Task<IActionResult> OnPostEndAsync(Guid patientId, CoverageInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var saved = await save.EndAsync(patientId, input.CoverageId ?? Guid.Empty, input.End, cancellationToken);
        return Back(patientId, input, saved, "end", saved.Changed ? $"The coverage ends on {input.End}." : "Nothing changed.");
    }

    private RedirectResult Back(Guid patientId, CoverageInput input, CoverageSaved saved, string form, string done)
    {
        if (saved.Error is { } error)
        {
            input.RefusedField = saved.Field;
            input.RefusedCode = error.Code;
            input.RefusedMessage = error.Message;
            input.Form = form;
            input.Keep(TempData);
        }
        else
        {
            TempData[MessageKey] = done;
        }

        return Redirect($"/Patients/{patientId}#coverage");
    }
}
