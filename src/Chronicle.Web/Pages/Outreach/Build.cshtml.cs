namespace Chronicle.Web.Pages.Outreach;

using System.Globalization;
using Chronicle.Application.Common;
using Chronicle.Application.Outreach;
using Chronicle.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// Building the call list from "Eligible, not enrolled": filters in the query string (bookmarkable,
/// no script), a checkbox per patient and "all patients shown", then one of three actions on the
/// patients chosen: put them on the call list for a care manager, print their letters (PDF), or
/// export their mailing fields (CSV).
/// </summary>
public sealed class BuildModel(ListOutreachCandidates candidates, AddToCallList addToList, PrintOutreachLetters letters, ExportOutreachMailing mailing) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "min")]
    public int? MinConditions { get; set; }

    [BindProperty(SupportsGet = true, Name = "seenFrom")]
    public string? SeenFrom { get; set; }

    [BindProperty(SupportsGet = true, Name = "notSeenSince")]
    public string? NotSeenSince { get; set; }

    [BindProperty(SupportsGet = true, Name = "fresh")]
    public bool NotListedOnly { get; set; }

    public OutreachCandidates? Candidates { get; private set; }

    public BusinessError? Error { get; private set; }

    [TempData(Key = "OutreachMessage")]
    public string? Message { get; set; }

    /// <summary>What was chosen when an action was refused, to show it again.</summary>
    public ChoiceForm? Kept { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostListAsync(ChoiceForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var chosen = await ChosenAsync(form, cancellationToken);
        if (chosen.Error is { } error)
        {
            return await RefuseAsync(form, error, cancellationToken);
        }

        var result = await addToList.ExecuteAsync(new CallListRequest(chosen.Value!, form.Caller ?? Guid.Empty, form.Reason), cancellationToken);
        if (result.Error is { } refused)
        {
            return await RefuseAsync(form, refused, cancellationToken);
        }

        Message = $"{Display.Count(result.Value, "patient", "patients")} put on the call list.";
        return RedirectToPage("/Outreach/Index");
    }

    public async Task<IActionResult> OnPostLettersAsync(ChoiceForm form, CancellationToken cancellationToken) =>
        await FileAsync(form, letters.ExecuteAsync, cancellationToken);

    public async Task<IActionResult> OnPostCsvAsync(ChoiceForm form, CancellationToken cancellationToken) =>
        await FileAsync(form, mailing.ExecuteAsync, cancellationToken);

    /// <summary>The query string of this view's filters, for links and the form's action.</summary>
    public string FilterQuery => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Search,
        ["min"] = MinConditions?.ToString(CultureInfo.InvariantCulture),
        ["seenFrom"] = SeenFrom,
        ["notSeenSince"] = NotSeenSince,
        ["fresh"] = NotListedOnly ? "true" : null,
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value))).ToString();

    private async Task<IActionResult> FileAsync(ChoiceForm form, Func<IReadOnlyList<Guid>, CancellationToken, Task<Result<OutreachFile>>> make, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var chosen = await ChosenAsync(form, cancellationToken);
        if (chosen.Error is { } error)
        {
            return await RefuseAsync(form, error, cancellationToken);
        }

        var result = await make(chosen.Value!, cancellationToken);
        return result.Value is { } file ? File(file.Content, file.ContentType, file.FileName) : await RefuseAsync(form, result.Error!, cancellationToken);
    }

    /// <summary>The patients ticked, or every patient the filters show when "all shown" is ticked.</summary>
    private async Task<Result<IReadOnlyList<Guid>>> ChosenAsync(ChoiceForm form, CancellationToken cancellationToken)
    {
        if (!form.AllShown)
        {
            return form.Patient.AsReadOnly();
        }

        var shown = await candidates.ExecuteAsync(Query(), cancellationToken);
        if (shown.Value is not { } list)
        {
            return shown.Error!;
        }

        return list.Rows.Select(r => r.PatientId).ToList();
    }

    private async Task<IActionResult> RefuseAsync(ChoiceForm form, BusinessError error, CancellationToken cancellationToken)
    {
        Kept = form;
        await LoadAsync(cancellationToken);
        Error = error;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var result = await candidates.ExecuteAsync(Query(), cancellationToken);
        Candidates = result.Value;
        Error = result.Error;
    }

    private CandidateQuery Query() => new(Search, MinConditions, Date(SeenFrom), Date(NotSeenSince), NotListedOnly);

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

/// <summary>The patients chosen and what to do with them.</summary>
public sealed class ChoiceForm
{
    /// <summary>The ticked patients' ids (one checkbox each, all named "patient").</summary>
    public List<Guid> Patient { get; set; } = [];

    public bool AllShown { get; set; }

    public Guid? Caller { get; set; }

    public string? Reason { get; set; }
}
