namespace Chronicle.Web.Pages.Account;

using System.ComponentModel.DataAnnotations;
using System.Text;
using Chronicle.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// Optional two-factor sign-in with an authenticator app (TOTP, RFC 6238): the page shows the
/// shared key and its otpauth:// URI, and turns the second step on once the user proves their
/// app produces the right code.
/// </summary>
public sealed class TwoFactorModel(SignInManager<ChronicleUser> signIn) : PageModel
{
    private const string Issuer = "Chronicle";

    [BindProperty]
    [Required(ErrorMessage = "Enter the code your authenticator app shows.")]
    [Display(Name = "Code from the app")]
    public string Code { get; set; } = string.Empty;

    public bool Enabled { get; private set; }

    /// <summary>The shared key in groups of four, as people type it into an app.</summary>
    public string? SharedKey { get; private set; }

    public string? AuthenticatorUri { get; private set; }

    public string? Status { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var users = signIn.UserManager;
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        var code = (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "That code is not right. Check that the app's clock is correct and enter the code shown now.");
        }

        if (ModelState.IsValid)
        {
            await users.SetTwoFactorEnabledAsync(user, true);
            await signIn.RefreshSignInAsync(user);
            Status = "Two-factor sign-in is on. From now on Chronicle asks for a code after your password.";
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var users = signIn.UserManager;
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        await users.SetTwoFactorEnabledAsync(user, false);

        // A new key, so the old one in the app stops being useful.
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        ModelState.Clear();
        Status = "Two-factor sign-in is off.";
        await LoadAsync(user);
        return Page();
    }

    private async Task LoadAsync(ChronicleUser user)
    {
        var users = signIn.UserManager;
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        if (Enabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        SharedKey = Group(key!);
        var account = Uri.EscapeDataString($"{Issuer}:{user.Email}");
        AuthenticatorUri = $"otpauth://totp/{account}?secret={key}&issuer={Issuer}&digits=6";
    }

    private static string Group(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
