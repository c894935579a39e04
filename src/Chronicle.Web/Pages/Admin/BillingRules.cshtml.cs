namespace Chronicle.Web.Pages.Admin;

using Chronicle.Application.Billing;
using Chronicle.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// Admin › Billing rules: the years Chronicle can bill, carrying the last one into the next and
/// confirming a carried year (docs/adr/0181-rule-years-carried-forward.md).
/// </summary>
public sealed class BillingRulesModel(ListRuleYears list, CarryForwardRules carry, ConfirmRules confirm) : PageModel
{
    [BindProperty]
    public int Year { get; set; }

    public IReadOnlyList<RuleYearStatus> Years { get; private set; } = [];

    /// <summary>The year after the last one with rules: what "carry forward" offers.</summary>
    public int NextYear => Years.Count == 0 ? 0 : Years.Max(y => y.Year) + 1;

    public BusinessError? Error { get; private set; }

    public string? Status { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task OnPostCarryForwardAsync(CancellationToken cancellationToken)
    {
        var result = await carry.ExecuteAsync(Year, cancellationToken);
        Error = result.Error;
        Status = result.Value is { } view
            ? $"{view.Year} now bills under {view.CarriedFrom}'s rules, provisional until confirmed. Import CMS's {view.Year} fees with 'chronicle codes import pfs <PPRRVU file> --year {view.Year}'."
            : null;
        await LoadAsync(cancellationToken);
    }

    public async Task OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        var result = await confirm.ExecuteAsync(Year, cancellationToken);
        Error = result.Error;
        Status = result.Value is { } view ? $"{view.Year}'s rules (carried forward from {view.CarriedFrom}) are confirmed." : null;
        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken) => Years = await list.ExecuteAsync(cancellationToken);
}
