namespace Chronicle.Web.Pages.Account;

using System.ComponentModel.DataAnnotations;
using Chronicle.Application.Sharing;
using Chronicle.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// Where an invitation link leads: the invitee sees who invited them to what, chooses a password
/// (or confirms the one of their existing caregiver sign-in), and is signed in to the portal.
/// </summary>
public sealed class InvitationModel(AcceptInvitation invitations, SignInManager<ChronicleUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter a password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [BindProperty]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }

    public InvitationView? Invitation { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(string code, CancellationToken cancellationToken) => await LoadAsync(code, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        await LoadAsync(code, cancellationToken);
        if (Invitation is null)
        {
            return Page();
        }

        if (!Invitation.HasAccount && Password != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), "The two passwords are not the same.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var accepted = await invitations.AcceptAsync(code, Password, cancellationToken);
        if (!accepted.Succeeded)
        {
            Problem = accepted.Error!.Message;
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Invitation.Email, Password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded ? LocalRedirect("/MyRecord") : RedirectToPage("/Account/SignIn");
    }

    private async Task LoadAsync(string code, CancellationToken cancellationToken)
    {
        var found = await invitations.DescribeAsync(code, cancellationToken);
        Invitation = found.Value;
        Problem = found.Error?.Message;
    }
}
