namespace Chronicle.Web.Pages.Account;

using System.ComponentModel.DataAnnotations;
using Chronicle.Application.Audit;
using Chronicle.Application.Security;
using Chronicle.Data.Security;
using Chronicle.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>A user changes their own password; after a temporary one, this is the only page open to them.</summary>
public sealed class ChangePasswordModel(SignInManager<ChronicleUser> signIn, RecordSecurityEvent events) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter a new password.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter the new password again.")]
    [DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords are not the same.")]
    [Display(Name = "New password again")]
    public string ConfirmPassword { get; set; } = string.Empty;

    public bool Required => User.HasClaim(c => c.Type == WebClaims.MustChangePassword);

    public bool Changed { get; private set; }

    public int MinimumLength => PasswordRules.MinimumLength;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid && NewPassword == CurrentPassword)
        {
            ModelState.AddModelError(nameof(NewPassword), "Choose a password different from the current one.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var users = signIn.UserManager;
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        var result = await users.ChangePasswordAsync(user, CurrentPassword, NewPassword);
        await events.ExecuteAsync(AuditActions.PasswordChange, null,
            result.Succeeded ? "password changed" : "refused: " + string.Join(", ", result.Errors.Select(e => e.Code)), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(CurrentPassword) : nameof(NewPassword),
                    error.Code == "PasswordMismatch" ? "The current password is not right." : error.Description);
            }

            return Page();
        }

        if (user.MustChangePassword)
        {
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
            await signIn.RefreshSignInAsync(user);
            return LocalRedirect(await SignInLanding.UrlAsync(users, user, null, Url));
        }

        await signIn.RefreshSignInAsync(user);
        Changed = true;
        return Page();
    }
}
