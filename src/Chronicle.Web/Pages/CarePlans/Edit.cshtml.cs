namespace Chronicle.Web.Pages.CarePlans;

using Chronicle.Application.CarePlans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// The care-plan editor. Save draft (and the autosave script, which posts the same form) keeps the
/// working copy; Save as new version writes a version for the practitioner to sign.
/// </summary>
public sealed class EditModel(GetCarePlan get, SaveCarePlanDraft drafts, ReviseCarePlan revise, Presentation.PracticeClock clock) : PageModel
{
    [BindProperty]
    public CarePlanForm Form { get; set; } = new();

    public CarePlanPage Data { get; private set; } = null!;

    public string? Error { get; private set; }

    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        var plan = Data.Plan!;
        Form = plan.Draft is { } draft ? CarePlanForm.From(draft.Content, draft.BasedOn) : CarePlanForm.From(plan.Content, plan.Latest.Number);
        Saved = plan.Draft is null ? null : $"Restored the draft saved by {plan.Draft.EditedBy} at {await clock.LocalAsync(plan.Draft.EditedAt)}.";
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        var result = await drafts.ExecuteAsync(id, Form.BasedOn, Form.ToContent(Data.Today), cancellationToken);
        return Redisplay(result.Error?.ToString(), result.Succeeded ? $"Draft saved at {(result.Succeeded ? await clock.LocalAsync(result.Value) : string.Empty)}." : null);
    }

    /// <summary>The autosave script's post: the same form, answered with a status line rather than a page.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        var result = await drafts.ExecuteAsync(id, Form.BasedOn, Form.ToContent(Data.Today), cancellationToken);
        return result.Succeeded
            ? new JsonResult(new { saved = await clock.LocalAsync(result.Value) })
            : new JsonResult(new { error = result.Error!.ToString() }) { StatusCode = StatusCodes.Status422UnprocessableEntity };
    }

    public async Task<IActionResult> OnPostVersionAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        var result = await revise.ExecuteAsync(id, Form.BasedOn, Form.ToContent(Data.Today), Form.Note, cancellationToken);
        return result.Succeeded ? RedirectToPage("Version", new { id, number = result.Value }) : Redisplay(result.Error!.ToString(), null);
    }

    public async Task<IActionResult> OnPostDiscardAsync(Guid id, CancellationToken cancellationToken)
    {
        await drafts.DiscardAsync(id, cancellationToken);
        return RedirectToPage("Index", new { id });
    }

    private PageResult Redisplay(string? error, string? saved)
    {
        Error = error;
        Saved = saved;
        Form.Problems.RemoveAll(p => string.IsNullOrWhiteSpace(p.Description));
        Form.Goals.RemoveAll(g => string.IsNullOrWhiteSpace(g.Description) && string.IsNullOrWhiteSpace(g.Measure));
        Form.Symptoms.RemoveAll(s => string.IsNullOrWhiteSpace(s.Symptom) && string.IsNullOrWhiteSpace(s.WhatToDo));
        Form.Interventions.RemoveAll(i => string.IsNullOrWhiteSpace(i.Description));
        Form.Medications.RemoveAll(m => string.IsNullOrWhiteSpace(m.Name));
        Form.Reconciliations.RemoveAll(r => string.IsNullOrWhiteSpace(r.By) && string.IsNullOrWhiteSpace(r.Changes));
        Form.CommunityServices.RemoveAll(s => string.IsNullOrWhiteSpace(s.Service));
        Form.Coordination.RemoveAll(k => string.IsNullOrWhiteSpace(k.Party));
        Form.CareTeam.RemoveAll(m => string.IsNullOrWhiteSpace(m.Name));
        Form.AddBlankRows();
        ModelState.Clear();
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await get.ExecuteAsync(id, cancellationToken);
        if (result.Value is not { Plan: not null, CanEdit: true } page)
        {
            return NotFound();
        }

        Data = page;
        return null;
    }
}
