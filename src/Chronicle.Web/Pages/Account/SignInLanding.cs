namespace Chronicle.Web.Pages.Account;

using System.Security.Claims;
using Chronicle.Data.Security;
using Chronicle.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

/// <summary>Where sign-in leads: the page the user was sent from, or their role's home page; the password change first when it is due.</summary>
internal static class SignInLanding
{
    public static async Task<string> UrlAsync(UserManager<ChronicleUser> users, ChronicleUser user, string? returnUrl, IUrlHelper url)
    {
        if (user.MustChangePassword)
        {
            return "/Account/ChangePassword";
        }

        if (!string.IsNullOrEmpty(returnUrl) && returnUrl != "/" && url.IsLocalUrl(returnUrl))
        {
            return returnUrl;
        }

        return AccessPolicies.LandingPage(await users.GetRolesAsync(user));
    }

    public static async Task<string> UrlAsync(UserManager<ChronicleUser> users, ClaimsPrincipal principal, string? returnUrl, IUrlHelper url)
    {
        var user = await users.GetUserAsync(principal);
        return user is null ? "/" : await UrlAsync(users, user, returnUrl, url);
    }
}
