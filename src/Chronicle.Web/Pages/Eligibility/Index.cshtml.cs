namespace Chronicle.Web.Pages.Eligibility;

using System.Globalization;
using Chronicle.Application.Common;
using Chronicle.Application.Eligibility;
using Chronicle.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// "Eligible, not enrolled": a GET form whose query string is the whole state (filters, sort,
/// date), so every view can be bookmarked, shared and used without JavaScript.
/// </summary>
public sealed class IndexModel(GetEligibilityWorklist worklist) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "asOf")]
    public string? AsOf { get; set; }

    [BindProperty(SupportsGet = true, Name = "program")]
    public string? Program { get; set; }

    [BindProperty(SupportsGet = true, Name = "category")]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "dir")]
    public string? Direction { get; set; }

    public EligibilityWorklist? Worklist { get; private set; }

    public BusinessError? Error { get; private set; }

    public string? AsOfError { get; private set; }

    public WorklistSort SortColumn { get; private set; }

    public bool Descending { get; private set; }

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Program) || !string.IsNullOrWhiteSpace(Category) || !string.IsNullOrWhiteSpace(Search);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        DateOnly? asOf = null;
        if (!string.IsNullOrWhiteSpace(AsOf))
        {
            if (DateOnly.TryParseExact(AsOf.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                asOf = parsed;
            }
            else
            {
                AsOfError = $"'{AsOf}' is not a date in the form YYYY-MM-DD; showing today instead.";
            }
        }

        SortColumn = Enum.TryParse<WorklistSort>(Sort, ignoreCase: true, out var sort) && Enum.IsDefined(sort) ? sort : WorklistSort.Name;
        Descending = string.Equals(Direction, "desc", StringComparison.OrdinalIgnoreCase);
        var program = Program?.ToLowerInvariant() switch
        {
            "ccm" => WorklistProgram.Ccm,
            "pcm-only" => WorklistProgram.PcmOnly,
            _ => WorklistProgram.Any,
        };

        var result = await worklist.ExecuteAsync(new WorklistQuery(asOf, program, Category, Search, SortColumn, Descending), cancellationToken);
        Worklist = result.Value;
        Error = result.Error;
    }

    /// <summary>What the date field shows: the date judged on, or what was typed when it was not a date.</summary>
    public string? DateField => AsOfError is null && Worklist is not null ? Display.Date(Worklist.AsOf) : AsOf;

    /// <summary>The header of a sortable column: a link to this view sorted by it, flipping direction when it is already the sort.</summary>
    public SortableHeader Header(string label, WorklistSort column, string? cssClass = null)
    {
        var active = SortColumn == column;
        var nextDescending = active && !Descending;
        var href = Url.Page("/Eligibility/Index", new
        {
            asOf = AsOfError is null ? Blank(AsOf) : null,
            program = Blank(Program),
            category = Blank(Category),
            q = Blank(Search),
            sort = column.ToString().ToLowerInvariant(),
            dir = nextDescending ? "desc" : "asc",
        })!;
        return new SortableHeader(label, href, active ? (Descending ? "descending" : "ascending") : null, cssClass);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
