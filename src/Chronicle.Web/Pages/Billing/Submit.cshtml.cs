namespace Chronicle.Web.Pages.Billing;

using System.Globalization;
using Chronicle.Application.Remittance;
using Chronicle.Application.Submission;
using Chronicle.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// The billing page's clearinghouse buttons (ADR 0250): Submit sends the month's approved claims
/// through the configured transport with <see cref="SubmitClaims"/> (the use case 'chronicle claims
/// submit' runs: permission, idempotence, the recorded failure and the audit are all there), and
/// Fetch imports the clearinghouse's 999, 277CA and 835 files with <see cref="PollResponses"/>.
/// Both post here and return to the billing page of the month with what happened.
/// </summary>
public sealed class SubmitModel(SubmitClaims submit, PollResponses poll) : PageModel
{
    /// <summary>The TempData key of a refusal or failure the billing page shows as an alert.</summary>
    public const string ErrorKey = "SubmitError";

    public IActionResult OnGet(string? month) => Back(month);

    public async Task<IActionResult> OnPostAsync(string? month, CancellationToken cancellationToken)
    {
        var parsed = BillingMonth.TryParse(month);
        if (!parsed.IsValid)
        {
            return Back(month, error: $"'{month}' is not a month (YYYY-MM).");
        }

        var result = await submit.ExecuteAsync(parsed.Value, null, cancellationToken);
        return result.Value is { } sent
            ? Back(month, string.Create(CultureInfo.InvariantCulture,
                $"Submitted {sent.Claims.Count} claims of {sent.Month} by {sent.Transport}: {string.Join("; ", sent.Files.Select(f => $"{f.FileName} (control number {f.ControlNumber}, {f.Claims.Count} claims)"))}. They are now submitted; fetch the clearinghouse's answers when they arrive."))
            : Back(month, error: $"{result.Error!.Code}: {result.Error.Message}");
    }

    public async Task<IActionResult> OnPostFetchAsync(string? month, CancellationToken cancellationToken)
    {
        var result = await poll.ExecuteAsync(null, cancellationToken);
        if (result.Value is not { } fetched)
        {
            return Back(month, error: $"{result.Error!.Code}: {result.Error.Message}");
        }

        var files = fetched.Files.Select(f => $"{Path.GetFileName(f.Origin)} ({f.Kind}, {(f.Applied ? "applied" : "not applied")}{(f.Messages.Count > 0 ? ": " + string.Join(" ", f.Messages.Take(3)) : string.Empty)})");
        var text = fetched.Files.Count == 0
            ? $"No new files from the clearinghouse ({fetched.AlreadyReceived} already received)."
            : $"Fetched {fetched.Files.Count} new files ({fetched.AlreadyReceived} already received): {string.Join("; ", files)}.";
        return fetched.Files.Any(f => !f.Applied) ? Back(month, error: text) : Back(month, text);
    }

    private RedirectResult Back(string? month, string? message = null, string? error = null)
    {
        TempData["Message"] = message;
        TempData[ErrorKey] = error;
        var valid = BillingMonth.TryParse(month) is { IsValid: true } parsed ? parsed.Value.ToString() : null;
        return Redirect(valid is null ? "/Billing" : $"/Billing?month={valid}");
    }
}
