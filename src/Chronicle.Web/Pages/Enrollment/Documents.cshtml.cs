namespace Chronicle.Web.Pages.Enrollment;

using Chronicle.Application.Enrollment;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>Downloads the consent form or the verbal-consent script (PDF) for a patient's enrollment.</summary>
public sealed class DocumentsModel(GetConsentPdf pdf) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string kind, Guid patientId, Guid enrollment, CancellationToken cancellationToken)
    {
        var which = kind == "form" ? ConsentPdfKind.Form : ConsentPdfKind.Script;
        var result = await pdf.ExecuteAsync(patientId, enrollment, which, cancellationToken);
        return result.Value is { } file ? File(file.Content, file.MediaType, file.FileName) : NotFound();
    }
}
