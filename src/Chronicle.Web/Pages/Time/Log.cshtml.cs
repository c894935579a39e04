namespace Chronicle.Web.Pages.Time;

using System.Globalization;
using Chronicle.Application.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// The forms for time that need no script: log a manual entry (from the patient page, or the
/// worklist's quick log), correct or void an entry (a correction is a new record that replaces
/// the old one, with its reason). Each posts here and returns to the page it came from with what
/// happened; a refused manual entry comes back with what was typed and the refusal in plain words.
/// </summary>
public sealed class LogModel(LogTime log, CorrectTime correct, VoidTime voidTime) : PageModel
{
    public IActionResult OnGet(Guid patientId) => Redirect($"/Patients/{patientId}#time");

    public async Task<IActionResult> OnPostAsync(Guid patientId, ManualTimeForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var input = new TimeEntryInput(form.Program ?? string.Empty, form.Activity ?? string.Empty, form.Start, (form.Minutes ?? 0) * 60,
            form.Note, form.Inpatient, form.Reason, ConfirmLong: form.ConfirmLong, End: form.End);
        var result = await log.ExecuteAsync(patientId, input, cancellationToken);
        if (result.Value is { } entry)
        {
            return Back(patientId, Logged(entry), null);
        }

        form.RefusedCode = result.Error!.Code;
        form.RefusedMessage = result.Error.Message;
        form.ConfirmLong = false;
        form.Keep(TempData);
        return Redirect($"/Patients/{patientId}#log-time");
    }

    /// <summary>
    /// The worklist's quick log: minutes for one row's program that ended just now. Back on the
    /// worklist, a refusal opens that row's form again with the minutes typed.
    /// </summary>
    public async Task<IActionResult> OnPostQuickAsync(Guid patientId, QuickLogForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var input = new TimeEntryInput(form.Program ?? string.Empty, form.Activity ?? string.Empty, null, (form.Minutes ?? 0) * 60, ConfirmLong: form.ConfirmLong);
        var result = await log.ExecuteAsync(patientId, input, cancellationToken);
        var back = form.ReturnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith("/Time", StringComparison.Ordinal) ? url : "/Time";
        if (result.Value is { } entry)
        {
            TempData[QuickLogForm.MessageKey] = $"{Logged(entry)} For {form.PatientName ?? "the patient"}.";
            return Redirect(back);
        }

        form.PatientId = patientId;
        form.RefusedCode = result.Error!.Code;
        form.RefusedMessage = result.Error.Message;
        form.ConfirmLong = false;
        form.Keep(TempData);
        return Redirect($"{back}#{QuickLogForm.RowId(patientId, form.Program)}");
    }

    public async Task<IActionResult> OnPostCorrectAsync(Guid patientId, Guid entryId, string program, string activity, string start, int minutes, string? note, bool inpatient, string? reason, CancellationToken cancellationToken)
    {
        var result = await correct.ExecuteAsync(entryId, new TimeEntryInput(program, activity, start, minutes * 60, note, inpatient, reason), cancellationToken);
        return Back(patientId, result.Value is { } entry
            ? string.Create(CultureInfo.InvariantCulture, $"Corrected: {entry.Minutes} min of {entry.Activity} on {entry.LocalStart:yyyy-MM-dd HH:mm} replace the earlier entry.")
            : null, result.Error);
    }

    public async Task<IActionResult> OnPostVoidAsync(Guid patientId, Guid entryId, string? reason, CancellationToken cancellationToken)
    {
        var result = await voidTime.ExecuteAsync(entryId, reason, cancellationToken);
        return Back(patientId, result.Succeeded ? "The entry was voided; its minutes no longer count." : null, result.Error);
    }

    private static string Logged(TimeEntryView entry) =>
        string.Create(CultureInfo.InvariantCulture, $"Logged {entry.Minutes} min of {entry.Activity} on {entry.LocalStart:yyyy-MM-dd HH:mm}.");

    private RedirectResult Back(Guid patientId, string? message, Application.Common.BusinessError? error)
    {
        TempData["TimeMessage"] = message;
        TempData["TimeError"] = error?.Message;
        TempData["TimeErrorCode"] = error?.Code;
        return Redirect($"/Patients/{patientId}#time");
    }
}
