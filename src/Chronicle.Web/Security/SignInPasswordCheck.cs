namespace Chronicle.Web.Security;

using Chronicle.Application.Security;
using Chronicle.Data.Security;
using Microsoft.AspNetCore.Identity;

/// <summary>Confirms an existing account's password through the sign-in manager, so a wrong one counts towards the lockout like a failed sign-in.</summary>
internal sealed class SignInPasswordCheck(SignInManager<ChronicleUser> signIn) : IExistingPasswordCheck
{
    public async Task<ExistingPasswordOutcome> CheckAsync(ChronicleUser user, string password)
    {
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        return result.Succeeded ? ExistingPasswordOutcome.Accepted
            : result.IsLockedOut ? ExistingPasswordOutcome.LockedOut
            : ExistingPasswordOutcome.Refused;
    }
}
