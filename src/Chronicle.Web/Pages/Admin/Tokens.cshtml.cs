namespace Chronicle.Web.Pages.Admin;

using Chronicle.Application.Common;
using Chronicle.Application.Security.Tokens;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// The administrator's API tokens page: issue a bearer token to another system or an outside
/// provider (practice-wide or for listed patients, read-only unless write is ticked), see who has
/// one and when it was last used, revoke one. A new secret is written into this one response only.
/// </summary>
public sealed class TokensModel(ListApiTokens list, CreateApiToken create, RevokeApiToken revoke) : PageModel
{
    [BindProperty]
    public string? Name { get; set; }

    /// <summary>MRNs separated by commas, spaces or line breaks; empty for a practice-wide token.</summary>
    [BindProperty]
    public string? Patients { get; set; }

    [BindProperty]
    public bool CanWrite { get; set; }

    public IReadOnlyList<ApiTokenRow> Tokens { get; private set; } = [];

    public BusinessError? Error { get; private set; }

    public IssuedApiToken? Issued { get; private set; }

    public string? Status { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var mrns = (Patients ?? string.Empty).Split([',', ' ', '\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries);
        var result = await create.ExecuteAsync(new NewApiToken(Name, mrns, CanWrite), cancellationToken);
        (Issued, Error) = (result.Value, result.Error);
        if (Issued is not null)
        {
            (Name, Patients, CanWrite) = (null, null, false);
            ModelState.Clear();
        }

        await LoadAsync(cancellationToken);
    }

    public async Task OnPostRevokeAsync(Guid tokenId, CancellationToken cancellationToken)
    {
        var result = await revoke.ExecuteAsync(tokenId, null, cancellationToken);
        Error = result.Error;
        Status = result.Value is { } name ? $"The token “{name}” is revoked; it no longer works." : null;
        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var result = await list.ExecuteAsync(null, cancellationToken);
        Tokens = result.Value ?? [];
        Error ??= result.Error;
    }
}
