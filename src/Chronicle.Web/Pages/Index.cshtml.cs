namespace Chronicle.Web.Pages;

using Chronicle.Application.Practices;
using Microsoft.AspNetCore.Mvc.RazorPages;

public sealed class IndexModel(GetPracticeOverview overview) : PageModel
{
    public PracticeOverview Overview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Overview = await overview.ExecuteAsync(cancellationToken);
}
