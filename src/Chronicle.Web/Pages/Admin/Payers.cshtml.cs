namespace Chronicle.Web.Pages.Admin;

using Chronicle.Application.Common;
using Chronicle.Application.Payers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// The payer directory (ADR 0220): the practice's payers, a form that adds one or changes the one
/// with the same payer id, and the claim-file settings from configuration, read-only (ADR 0221).
/// </summary>
public sealed class PayersModel(ListPayers list, SavePayer save) : PageModel
{
    [BindProperty]
    public PayerInput Input { get; set; } = new();

    public PayerDirectory? Directory { get; private set; }

    public BusinessError? Error { get; private set; }

    public string? Status { get; private set; }

    public async Task OnGetAsync(string? edit, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Directory?.Payers.FirstOrDefault(p => p.Payer.Code == edit)?.Payer is { } payer)
        {
            Input = PayerInput.From(payer);
        }
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await save.ExecuteAsync(null, Input.ToForm(), cancellationToken);
        Error = result.Error;
        if (result.Value is { } payer)
        {
            Status = $"{payer.Name} ({payer.Code}) is saved.";
            Input = new PayerInput();
        }

        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var result = await list.ExecuteAsync(null, cancellationToken);
        Directory = result.Value;
        Error ??= result.Error;
    }
}

/// <summary>The form's fields, named as the payers CSV kind names its columns.</summary>
public sealed class PayerInput
{
    public string? PayerId { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; } = "medicare-part-b";

    public string? MacJurisdiction { get; set; }

    public string? ClaimFormat { get; set; } = "837p";

    /// <summary>Optional: the revenue code this payer wants on institutional care-management lines (ADR 0260).</summary>
    public string? RevenueCode { get; set; }

    public string? ReceiverId { get; set; }

    public string? ReceiverQualifier { get; set; } = "ZZ";

    public string? ReceiverName { get; set; }

    public static PayerInput From(Domain.Payers.Payer payer) => new()
    {
        PayerId = payer.Code,
        Name = payer.Name,
        Kind = Domain.Payers.PayerKinds.ToCode(payer.Kind),
        MacJurisdiction = payer.MacJurisdiction,
        ClaimFormat = Domain.Payers.PayerKinds.ToCode(payer.ClaimFormat),
        RevenueCode = payer.RevenueCode,
        ReceiverId = payer.ReceiverId,
        ReceiverQualifier = payer.ReceiverQualifier,
        ReceiverName = payer.ReceiverName,
    };

    public PayerForm ToForm() => new(PayerId, Name, Kind, MacJurisdiction, ClaimFormat, ReceiverId, ReceiverQualifier, ReceiverName, RevenueCode);
}
