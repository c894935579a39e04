namespace Chronicle.Web.Pages.MyRecord;

using Chronicle.Application.Portal;
using Chronicle.Application.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>The statements the practice sent, each as its PDF; the patient and their caregivers only.</summary>
public sealed class StatementsModel(ListPortalStatements statements, GetPortalStatementPdf pdf) : PageModel
{
    public PortalStatements? List { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        List = (await statements.ExecuteAsync(id, cancellationToken)).Value;
        return List is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid id, Guid claim, CancellationToken cancellationToken)
    {
        var result = await pdf.ExecuteAsync(id, claim, cancellationToken);
        return result.Value is { } document ? File(document.Pdf, "application/pdf", document.FileName) : NotFound();
    }

    public static string Dollars(long cents) => new Chronicle.Domain.Common.Money(cents).ToString();
}
