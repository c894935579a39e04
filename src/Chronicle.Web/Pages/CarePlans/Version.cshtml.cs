namespace Chronicle.Web.Pages.CarePlans;

using Chronicle.Application.CarePlans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>One version of the plan and what changed from the version before.</summary>
public sealed class VersionModel(GetCarePlanVersion get) : PageModel
{
    public CarePlanVersionView Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, int number, CancellationToken cancellationToken)
    {
        var result = await get.ExecuteAsync(id, number, cancellationToken);
        if (result.Value is not { } view)
        {
            return NotFound();
        }

        Data = view;
        return Page();
    }
}
