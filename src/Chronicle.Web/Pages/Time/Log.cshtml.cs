namespace Chronicle.Web.Pages.Time;

using System.Globalization;
using Chronicle.Application.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// The patient page's forms for time that need no script: log a manual entry, correct or void an
/// entry (a correction is a new record that replaces the old one, with its reason). Each
/// posts here and returns to the patient page with what happened (or the refusal, with its code).
/// </summary>
public sealed class LogModel(LogTime log, CorrectTime correct, VoidTime voidTime) : PageModel
{
    public IActionResult OnGet(Guid patientId) => Redirect($"/Patients/{patientId}#time");

    public async Task<IActionResult> OnPostAsync(Guid patientId, string program, string activity, string start, int minutes, string? note, bool inpatient, string? reason, CancellationToken cancellationToken)
    {
        var result = await log.ExecuteAsync(patientId, new TimeEntryInput(program, activity, start, minutes * 60, note, inpatient, reason), cancellationToken);
        return Back(patientId, result.Value is { } entry
            ? string.Create(CultureInfo.InvariantCulture, $"Logged {entry.Minutes} min of {entry.Activity} on {entry.LocalStart:yyyy-MM-dd HH:mm}.")
            : null, result.Error?.ToString());
    }

    public async Task<IActionResult> OnPostCorrectAsync(Guid patientId, Guid entryId, string program, string activity, string start, int minutes, string? note, bool inpatient, string? reason, CancellationToken cancellationToken)
    {
        var result = await correct.ExecuteAsync(entryId, new TimeEntryInput(program, activity, start, minutes * 60, note, inpatient, reason), cancellationToken);
        return Back(patientId, result.Value is { } entry
            ? string.Create(CultureInfo.InvariantCulture, $"Corrected: {entry.Minutes} min of {entry.Activity} on {entry.LocalStart:yyyy-MM-dd HH:mm} replace the earlier entry.")
            : null, result.Error?.ToString());
    }

    public async Task<IActionResult> OnPostVoidAsync(Guid patientId, Guid entryId, string? reason, CancellationToken cancellationToken)
    {
        var result = await voidTime.ExecuteAsync(entryId, reason, cancellationToken);
        return Back(patientId, result.Succeeded ? "The entry was voided; its minutes no longer count." : null, result.Error?.ToString());
    }

    private RedirectResult Back(Guid patientId, string? message, string? error)
    {
        TempData["TimeMessage"] = message;
        TempData["TimeError"] = error;
        return Redirect($"/Patients/{patientId}#time");
    }
}
