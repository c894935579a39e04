namespace Chronicle.Web.Pages.Account;

using System.ComponentModel.DataAnnotations;
using Chronicle.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>The second sign-in step: the six-digit code from the user's authenticator app.</summary>
public sealed class SignInCodeModel(SignInManager<ChronicleUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the code from your authenticator app.")]
    [Display(Name = "Code")]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.IsLockedOut)
        {
            Problem = "This account is locked. Try again in 15 minutes, or ask your practice administrator to unlock it.";
            return Page();
        }

        if (!result.Succeeded)
        {
            Problem = "That code is not right. Codes change every 30 seconds: enter the one shown now.";
            return Page();
        }

        return LocalRedirect(await SignInLanding.UrlAsync(signIn.UserManager, user, ReturnUrl, Url));
    }
}
