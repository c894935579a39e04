namespace Chronicle.Web.Pages.CarePlans;

using Chronicle.Application.CarePlans;
using Chronicle.Domain.CarePlans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>The practice's care plans with filters: status, awaiting signature, review due. The query string is the state.</summary>
public sealed class ListModel(ListCarePlans plans) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "unsigned")]
    public bool AwaitingSignature { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool ReviewDue { get; set; }

    public CarePlanList List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        CarePlanStatus? status = Status switch
        {
            "draft" => CarePlanStatus.Draft,
            "active" => CarePlanStatus.Active,
            _ => null,
        };
        var result = await plans.ExecuteAsync(new CarePlanListQuery(status, AwaitingSignature, ReviewDue), cancellationToken);
        if (result.Value is not { } list)
        {
            return Forbid();
        }

        List = list;
        return Page();
    }
}
