namespace Chronicle.Web.Security;

using Chronicle.Application.Audit;
using Chronicle.Application.Security;
using Chronicle.Data.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

/// <summary>
/// Identity's sign-in manager with two duties every page that signs someone in gets alike:
/// <list type="bullet">
/// <item>It records every password and code sign-in on the audit trail: success, failure, the
/// failure that locks the account, and attempts while it is locked (ADR 0172). An attempt on an
/// unknown account is recorded without what was typed.</item>
/// <item>It spends the same work on every answer: an unknown e-mail address and a locked account
/// would otherwise be answered without hashing the password (about 4 ms instead of 100), telling a
/// stranger which addresses have accounts. Both check the password against a hash of a random one
/// first (ADR 0175).</item>
/// </list>
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
            await RecordAsync(AuditActions.SignInFailed, null, "refused: unknown account");
            return SignInResult.Failed;
        }

        // The known account's attempt is recorded by the overload below.
        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<SignInResult> PasswordSignInAsync(ChronicleUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(user);
        var lockedBefore = await UserManager.IsLockedOutAsync(user);
        var result = await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        await RecordAsync(user.Id, result, lockedBefore, "password");
        return result;
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

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var lockedBefore = user is not null && await UserManager.IsLockedOutAsync(user);
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        if (user is not null)
        {
            await RecordAsync(user.Id, result, lockedBefore, "password and authenticator code");
        }

        return result;
    }

    /// <summary>The work of one real password check, whose answer is thrown away.</summary>
    private void SpendPasswordCheck(string password)
    {
        decoyHash ??= UserManager.PasswordHasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
        _ = UserManager.PasswordHasher.VerifyHashedPassword(Nobody, decoyHash, password ?? string.Empty);
    }

    private Task RecordAsync(Guid account, SignInResult result, bool lockedBefore, string how)
    {
        if (result.RequiresTwoFactor)
        {
            // The password was right; the code step records the outcome of the sign-in.
            return Task.CompletedTask;
        }

        var (action, outcome) = result switch
        {
            { Succeeded: true } => (AuditActions.SignIn, $"succeeded ({how})"),
            { IsLockedOut: true } when lockedBefore => (AuditActions.Lockout, "refused: the account is locked"),
            { IsLockedOut: true } => (AuditActions.Lockout, $"account locked after repeated failures ({how})"),
            { IsNotAllowed: true } => (AuditActions.SignInFailed, "refused: the account may not sign in"),
            _ => (AuditActions.SignInFailed, how == "password" ? "refused: wrong password" : "refused: wrong authenticator code"),
        };
        return RecordAsync(action, account, outcome);
    }

    private Task RecordAsync(string action, Guid? account, string outcome) =>
        Context.RequestServices.GetRequiredService<RecordSecurityEvent>().ExecuteAsync(action, account, outcome, Context.RequestAborted);
}
