namespace Chronicle.Web.Pages.Outreach;

using System.Globalization;
using Chronicle.Application.Common;
using Chronicle.Application.Outreach;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// The enrollment call list (issue 20 item 6): who to call, due call-backs first, with a "Record a
/// call" form per row that works without script. A refused form comes back with what was typed
/// and the refusal beside it; a patient reached gets "Start enrollment" in one click.
/// </summary>
public sealed class IndexModel(GetCallList callList, RecordOutreachAttempt record) : PageModel
{
    private const string MessageKey = "OutreachMessage";
    private const string ReachedKey = "OutreachReached";

    [BindProperty(SupportsGet = true, Name = "caller")]
    public Guid? Caller { get; set; }

    public CallListView? List { get; private set; }

    public BusinessError? Error { get; private set; }

    [TempData(Key = MessageKey)]
    public string? Message { get; set; }

    /// <summary>The patient just reached, for the "Start enrollment" link beside the message.</summary>
    [TempData(Key = ReachedKey)]
    public string? Reached { get; set; }

    /// <summary>The row whose form was refused, what was typed and why.</summary>
    public AttemptForm? Refused { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAttemptAsync(AttemptForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        DateTime? at = null;
        if (!string.IsNullOrWhiteSpace(form.At))
        {
            if (!DateTime.TryParseExact(form.At, "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return await RefuseAsync(form, new BusinessError(RecordOutreachAttempt.InvalidCode, $"'{form.At}' is not a date and time."), cancellationToken);
            }

            at = parsed;
        }

        DateOnly? callBack = DateOnly.TryParseExact(form.CallBackOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
        var result = await record.ExecuteAsync(form.PatientId, new AttemptRequest(form.Outcome, at, form.Outcome == "call-back" ? callBack : null, form.Note), cancellationToken);
        if (result.Error is { } error)
        {
            return await RefuseAsync(form, error, cancellationToken);
        }

        Message = $"{result.Value!.OutcomeLabel}: recorded for {form.PatientName}.";
        Reached = result.Value.Outcome == "reached" ? form.PatientId.ToString() : null;
        return RedirectToPage(new { caller = Caller });
    }

    private async Task<IActionResult> RefuseAsync(AttemptForm form, BusinessError error, CancellationToken cancellationToken)
    {
        Refused = form with { RefusedCode = error.Code, RefusedMessage = error.Message };
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var result = await callList.ExecuteAsync(Caller, cancellationToken);
        List = result.Value;
        Error = result.Error;
    }
}

/// <summary>What the "Record a call" form posts; kept to show again after a refusal.</summary>
public sealed record AttemptForm
{
    public Guid PatientId { get; init; }

    public string? PatientName { get; init; }

    public string? Outcome { get; init; }

    /// <summary>The local time typed (yyyy-MM-ddTHH:mm); now when blank.</summary>
    public string? At { get; init; }

    public string? CallBackOn { get; init; }

    public string? Note { get; init; }

    public string? RefusedCode { get; init; }

    public string? RefusedMessage { get; init; }

    /// <summary>The id of a row's form, its anchor after a refusal.</summary>
    public static string RowId(Guid patientId) => $"attempt-{patientId:N}";
}
