namespace Chronicle.Web.Pages.Account;

using System.ComponentModel.DataAnnotations;
using Chronicle.Data.Security;
using Chronicle.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// Sign-in with e-mail address and password; five failures lock the account for 15 minutes.
/// Too many refusals from one address are answered 429 before this page runs (AbuseControls).
/// Users with two-factor sign-in go on to the code step.
/// </summary>
public sealed class SignInModel(SignInManager<ChronicleUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public const string RefusedMessage = "The e-mail address or the password is not right, or the account is locked after too many wrong passwords. Try again later, or ask your practice administrator.";

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(await SignInLanding.UrlAsync(signIn.UserManager, User, ReturnUrl, Url));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/SignInCode", new { returnUrl = ReturnUrl });
        }

        // A wrong password, an unknown address and a locked account get one answer, so that it
        // never tells a stranger which addresses have accounts (ADR 0175).
        if (!result.Succeeded)
        {
            Problem = RefusedMessage;
            return Page();
        }

        var user = await signIn.UserManager.FindByNameAsync(Email.Trim());
        return LocalRedirect(await SignInLanding.UrlAsync(signIn.UserManager, user!, ReturnUrl, Url));
    }
}
