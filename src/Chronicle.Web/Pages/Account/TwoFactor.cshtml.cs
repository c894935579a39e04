namespace Chronicle.Web.Pages.Account;

using System.ComponentModel.DataAnnotations;
using System.Text;
using Chronicle.Application.Audit;
using Chronicle.Application.Security;
using Chronicle.Data.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// Optional two-factor sign-in with an authenticator app (TOTP, RFC 6238): the page shows the
/// shared key and its otpauth:// URI, and turns the second step on once the user proves their
/// app produces the right code. Turning it off asks again for the password or a current code, so
/// that a session left open (or a copied cookie) cannot remove the second step. Both are recorded.
/// </summary>
public sealed class TwoFactorModel(SignInManager<ChronicleUser> signIn, RecordSecurityEvent events) : PageModel
{
    private const string Issuer = "Chronicle";

    [BindProperty]
    [Required(ErrorMessage = "Enter the code your authenticator app shows.")]
    [Display(Name = "Code from the app")]
    public string Code { get; set; } = string.Empty;

    /// <summary>To turn two-factor sign-in off: the account's password or a code from the app.</summary>
    [BindProperty]
    [Display(Name = "Your password or a code from the app")]
    public string? Proof { get; set; }

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
            await events.ExecuteAsync(AuditActions.TwoFactorOn, null, "two-factor sign-in turned on", HttpContext.RequestAborted);
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

        if (!await ProvesAsync(user, Proof))
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(Proof), "Enter your password, or the code your authenticator app shows now, to turn two-factor sign-in off.");
            await events.ExecuteAsync(AuditActions.TwoFactorOff, null, "refused: neither the password nor a code was right", HttpContext.RequestAborted);
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await events.ExecuteAsync(AuditActions.TwoFactorOff, null, "two-factor sign-in turned off", HttpContext.RequestAborted);

        // A new key, so the old one in the app stops being useful.
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        ModelState.Clear();
        Status = "Two-factor sign-in is off.";
        await LoadAsync(user);
        return Page();
    }

    private async Task<bool> ProvesAsync(ChronicleUser user, string? proof)
    {
        if (string.IsNullOrWhiteSpace(proof))
        {
            return false;
        }

        var users = signIn.UserManager;
        var code = proof.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (code.Length == 6 && code.All(char.IsAsciiDigit)
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return true;
        }

        // Through the sign-in manager, so wrong passwords count towards the lockout as at sign-in.
        var result = await signIn.CheckPasswordSignInAsync(user, proof, lockoutOnFailure: true);
        return result.Succeeded;
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
            // Making the key changes the account's security stamp; re-issue this session's cookie,
            // or the next stamp check (within a minute) would end the session that asked for it.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
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
