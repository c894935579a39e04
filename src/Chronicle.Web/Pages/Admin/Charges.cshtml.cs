namespace Chronicle.Web.Pages.Admin;

using Chronicle.Application.Billing;
using Chronicle.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>The administrator's charges page: what the practice charges per code on its claims.</summary>
public sealed class ChargesModel(ListPracticeCharges list, SetPracticeCharge set) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Amount { get; set; }

    public IReadOnlyList<PracticeChargeView> Charges { get; private set; } = [];

    public BusinessError? Error { get; private set; }

    public string? Status { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await set.ExecuteAsync(null, Code ?? string.Empty, Amount ?? string.Empty, cancellationToken);
        Error = result.Error;
        if (result.Value is { } charge)
        {
            Status = $"{charge.Code} is now charged at {charge.Amount}.";
            (Code, Amount) = (null, null);
        }

        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var result = await list.ExecuteAsync(null, cancellationToken);
        Charges = result.Value ?? [];
        Error ??= result.Error;
    }
}
