namespace Chronicle.Web.Pages.Patients;

using Chronicle.Application.Common;
using Chronicle.Application.Sharing;
using Chronicle.Domain.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// A patient's portal access: who can see the record from outside the practice, the invitations
/// sent, and the forms to invite the patient or a caregiver, revoke a grant or withdraw an
/// invitation. A new invitation's link is written into this one response only.
/// </summary>
public sealed class AccessModel(GetPortalAccess get, InviteToPortal invite, ChangePortalAccess change, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Relationship { get; set; }

    [BindProperty]
    public DateOnly? AccessUntil { get; set; }

    public PortalAccess Access { get; private set; } = null!;

    public BusinessError? Error { get; private set; }

    public string? Status { get; private set; }

    /// <summary>The link of the invitation just issued, to hand to the invitee.</summary>
    public string? IssuedLink { get; private set; }

    public IssuedInvitation? Issued { get; private set; }

    public DateOnly DefaultAccessUntil => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddYears(1);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostInvitePatientAsync(Guid id, CancellationToken cancellationToken) =>
        InviteAsync(id, new PortalInvite(id, PortalInviteeKind.Patient, Email, null, null, null), cancellationToken);

    public Task<IActionResult> OnPostInviteCaregiverAsync(Guid id, CancellationToken cancellationToken) =>
        InviteAsync(id, new PortalInvite(id, PortalInviteeKind.Caregiver, Email, Name, Relationship, AccessUntil), cancellationToken);

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid grantId, CancellationToken cancellationToken)
    {
        var result = await change.RevokeCaregiverAsync(id, grantId, cancellationToken);
        (Status, Error) = (result.Value, result.Error);
        return await LoadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid invitationId, CancellationToken cancellationToken)
    {
        var result = await change.WithdrawInvitationAsync(id, invitationId, cancellationToken);
        (Status, Error) = (result.Value, result.Error);
        return await LoadAsync(id, cancellationToken);
    }

    private async Task<IActionResult> InviteAsync(Guid id, PortalInvite request, CancellationToken cancellationToken)
    {
        var result = await invite.ExecuteAsync(request, cancellationToken);
        (Issued, Error) = (result.Value, result.Error);
        if (Issued is not null)
        {
            IssuedLink = $"{Request.Scheme}://{Request.Host}{Url.Page("/Account/Invitation", new { code = Issued.Secret })}";
            (Email, Name, Relationship, AccessUntil) = (null, null, null, null);
            ModelState.Clear();
        }

        return await LoadAsync(id, cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await get.ExecuteAsync(id, cancellationToken);
        if (result.Value is not { } access)
        {
            return NotFound();
        }

        Access = access;
        return Page();
    }
}
