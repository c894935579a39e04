namespace Chronicle.Web.Pages.Account;

using Chronicle.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>Signing out is a POST (with its antiforgery token), so no link or image elsewhere can sign anyone out.</summary>
public sealed class SignOutModel(SignInManager<ChronicleUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignIn");
    }
}
