namespace Chronicle.Web.Security;

using Chronicle.Data.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

/// <summary>
/// Identity's sign-in manager, made to spend the same work on every answer: an unknown e-mail
/// address and a locked account would otherwise be answered without hashing the password (about
/// 4 ms instead of 100), telling a stranger which addresses have accounts. Both now check the
/// password against a hash of a random one first (ADR 0175).
/// </summary>
internal sealed class ChronicleSignInManager(
    UserManager<ChronicleUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ChronicleUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ChronicleUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ChronicleUser> confirmation)
    : SignInManager<ChronicleUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly ChronicleUser Nobody = new();
    // One hash for the life of the process: computing it per request would double the work it hides.
    private static string? decoyHash;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            SpendPasswordCheck(password);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(ChronicleUser user, string password, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (UserManager.SupportsUserLockout && await UserManager.IsLockedOutAsync(user))
        {
            // The base answers a locked account before hashing anything.
            SpendPasswordCheck(password);
        }

        return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
    }

    /// <summary>The work of one real password check, whose answer is thrown away.</summary>
    private void SpendPasswordCheck(string password)
    {
        decoyHash ??= UserManager.PasswordHasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
        _ = UserManager.PasswordHasher.VerifyHashedPassword(Nobody, decoyHash, password ?? string.Empty);
    }
}
