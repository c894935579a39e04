namespace Chronicle.Web.Pages.Patients;

using Chronicle.Application.Common;
using Chronicle.Application.Patients;
using Chronicle.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>All patients of the practice, searched and paged in SQL; the query string is the state.</summary>
public sealed class IndexModel(ListPatients patients) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public PatientPage? Patients { get; private set; }

    public BusinessError? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await patients.ExecuteAsync(new PatientListQuery(Search, PageNumber), cancellationToken);
        Patients = result.Value;
        Error = result.Error;
    }

    /// <summary>"Showing 1–25 of 48 patients matching “smith”."</summary>
    public string Summary
    {
        get
        {
            if (Patients is not { } list)
            {
                return string.Empty;
            }

            var first = ((list.Page - 1) * list.PageSize) + 1;
            var shown = list.Total == 0
                ? "No patients"
                : $"Showing {Display.Number(first)}–{Display.Number(first + list.Rows.Count - 1)} of {Display.Number(list.Total)} patients";
            return string.IsNullOrWhiteSpace(Search) ? $"{shown}." : $"{shown} matching “{Search.Trim()}”.";
        }
    }

    public string PageHref(int page) =>
        Url.Page("/Patients/Index", new { q = string.IsNullOrWhiteSpace(Search) ? null : Search, pageNumber = page == 1 ? (int?)null : page })!;
}
