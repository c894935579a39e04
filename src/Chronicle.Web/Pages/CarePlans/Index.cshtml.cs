namespace Chronicle.Web.Pages.CarePlans;

using Chronicle.Application.CarePlans;
using Chronicle.Domain.CarePlans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>The patient's care plan: read it, start it, sign it, record a review or a copy provided.</summary>
public sealed class IndexModel(GetCarePlan get) : PageModel
{
    public CarePlanPage Data { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostStartAsync(Guid id, [FromForm] List<Guid> conditions, [FromServices] StartCarePlan start, CancellationToken cancellationToken) =>
        await AfterAsync(id, await start.ExecuteAsync(id, conditions, cancellationToken), "The plan was started from the templates. Review it, then save it as a version.", cancellationToken);

    public async Task<IActionResult> OnPostSignAsync(Guid id, [FromForm] int version, [FromServices] SignCarePlan sign, CancellationToken cancellationToken) =>
        await AfterAsync(id, await sign.ExecuteAsync(id, version, cancellationToken), $"Version {version} is signed and active.", cancellationToken);

    public async Task<IActionResult> OnPostReviewAsync(Guid id, [FromForm] DateOnly? on, [FromForm] string? note, [FromServices] RecordCarePlanReview review, CancellationToken cancellationToken) =>
        await AfterAsync(id, await review.ExecuteAsync(id, on, note, cancellationToken), "The review was recorded.", cancellationToken);

    public async Task<IActionResult> OnPostCopyAsync(
        Guid id, [FromForm] string? recipient, [FromForm] CopyRecipientKind kind, [FromForm] CopyMethod method, [FromForm] DateOnly? providedOn,
        [FromServices] RecordCarePlanCopy copy, CancellationToken cancellationToken) =>
        await AfterAsync(id, await copy.ExecuteAsync(id, recipient ?? string.Empty, kind, method, providedOn, cancellationToken), "The copy provided was recorded.", cancellationToken);

    public async Task<IActionResult> OnGetPdfAsync(Guid id, int? version, [FromServices] ExportCarePlan export, CancellationToken cancellationToken)
    {
        var result = await export.ForPatientAsync(id, CarePlanExportFormat.Pdf, version, cancellationToken);
        if (result.Value is { } file)
        {
            return File(file.Bytes, file.MediaType, file.FileName);
        }

        Error = result.Error!.ToString();
        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync<T>(Guid id, Application.Common.Result<T> result, string message, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            Message = message;
            return RedirectToPage(new { id });
        }

        Error = result.Error!.ToString();
        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await get.ExecuteAsync(id, cancellationToken);
        if (result.Value is not { } page)
        {
            return NotFound();
        }

        Data = page;
        return Page();
    }
}
