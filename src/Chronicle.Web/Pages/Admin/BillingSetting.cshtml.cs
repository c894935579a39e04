namespace Chronicle.Web.Pages.Admin;

using Chronicle.Application.Common;
using Chronicle.Application.Practices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>The administrator's billing-setting page: office, RHC, FQHC or CAH Method II, with the facility's claim facts (ADR 0230).</summary>
public sealed class BillingSettingModel(GetPracticeBilling get, SetPracticeBilling set) : PageModel
{
    [BindProperty]
    public string Setting { get; set; } = "office";

    [BindProperty]
    public string? RevenueCode { get; set; }

    [BindProperty]
    public string? FacilityNpi { get; set; }

    [BindProperty]
    public string? Ccn { get; set; }

    public PracticeBillingView? Current { get; private set; }

    public BusinessError? Error { get; private set; }

    public string? Status { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await get.ExecuteAsync(null, cancellationToken);
        Error = result.Error;
        if (result.Value is { } current)
        {
            Show(current);
        }
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await set.ExecuteAsync(null, Setting, RevenueCode, FacilityNpi, Ccn, cancellationToken);
        Error = result.Error;
        if (result.Value is { } saved)
        {
            Status = $"The practice now bills as a {saved.Label}.";
            Show(saved);
            return;
        }

        Current = (await get.ExecuteAsync(null, cancellationToken)).Value;
    }

    private void Show(PracticeBillingView view)
    {
        Current = view;
        (Setting, RevenueCode, FacilityNpi, Ccn) = (view.Setting, view.RevenueCode, view.FacilityNpi, view.Ccn);
    }
}
