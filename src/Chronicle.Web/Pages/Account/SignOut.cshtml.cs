namespace Chronicle.Web.Pages.Account;

using Chronicle.Application.Audit;
using Chronicle.Application.Security;
using Chronicle.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// Signing out is a POST (with its antiforgery token), so no link or image elsewhere can sign anyone
/// out. It ends the session on the server, not only in this browser: the account gets a new
/// security stamp, which every session cookie is checked against (within a minute), so a copied
/// cookie stops working and the account's sessions on other devices end too (ADR 0171).
/// </summary>
public sealed class SignOutModel(SignInManager<ChronicleUser> signIn, RecordSecurityEvent events) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
        {
            await events.ExecuteAsync(AuditActions.SignOut, null, "signed out; every session of the account ended", cancellationToken);
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignIn");
    }
}
