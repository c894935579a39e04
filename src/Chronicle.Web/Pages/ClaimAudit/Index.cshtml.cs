namespace Chronicle.Web.Pages.ClaimAudit;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.Billing.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// The per-claim audit packet: /ClaimAudit/{claim id or number} downloads the PDF; /ClaimAudit
/// asks for a claim number. The billing page links each claim here and the audit trail page has
/// the form. A claim of another practice, or none, is a 404 like any unknown record.
/// </summary>
public sealed class IndexModel(GetClaimAuditPacket packets) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "claim")]
    public string? Claim { get; set; }

    public BusinessError? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Claim))
        {
            return Page();
        }

        var result = await packets.ExecuteAsync(Claim, cancellationToken);
        if (result.Value is { } file)
        {
            return File(file.Pdf, "application/pdf", file.FileName);
        }

        if (result.Error?.Code == ClaimCodes.NotFound)
        {
            return NotFound();
        }

        Error = result.Error;
        return Page();
    }
}
