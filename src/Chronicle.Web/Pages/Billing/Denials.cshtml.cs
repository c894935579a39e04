namespace Chronicle.Web.Pages.Billing;

using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Application.Remittance;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// The denials worklist (ADR 0229): every rejected and denied claim with why in plain words
/// (<see cref="ListDenials"/>), and its three ways out, each the use case the CLI runs: correct and
/// resubmit (a replacement, frequency 7, through <see cref="CorrectClaim"/>), void (frequency 8),
/// or write off with a reason (<see cref="WriteOffClaim"/>). Each action returns here with what it did.
/// </summary>
public sealed class DenialsModel(ListDenials list, CorrectClaim correct, WriteOffClaim writeOff) : PageModel
{
    public IReadOnlyList<DenialView> Denials { get; private set; } = [];

    public BusinessError? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCorrectAsync(string? claim, string? reference, string? reason, bool voidIt, CancellationToken cancellationToken)
    {
        var result = await correct.ExecuteAsync(voidIt ? CorrectionKind.Void : CorrectionKind.Replace, claim ?? string.Empty, reference, reason, null, cancellationToken);
        return await AfterAsync(result.Error, result.Value is { } r
            ? voidIt
                ? $"Voided {r.Corrected} by {r.ClaimNumber} (frequency 8); it is approved and goes out with {r.Month}'s next submission."
                : $"{r.Corrected} is replaced by {r.ClaimNumber} (frequency 7), {r.Status}; the patient's time in {r.Month} is open for the correction. Correct the time or the record, close {r.Month} again, then approve and submit the replacement on the billing page."
            : null, cancellationToken);
    }

    public async Task<IActionResult> OnPostWriteOffAsync(string? claim, string? reason, CancellationToken cancellationToken)
    {
        var result = await writeOff.ExecuteAsync(claim ?? string.Empty, reason, null, cancellationToken);
        return await AfterAsync(result.Error, result.Value is { } number ? $"Wrote off {number}; the reason is kept with the claim." : null, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(BusinessError? error, string? message, CancellationToken cancellationToken)
    {
        if (error is not null)
        {
            Error = error;
            await LoadAsync(cancellationToken);
            return Page();
        }

        Message = message;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var result = await list.ExecuteAsync(null, cancellationToken);
        Denials = result.Value ?? [];
        Error ??= result.Error;
    }
}
