namespace Chronicle.Web.Security;

using Chronicle.Application.Audit;
using Chronicle.Application.Security;
using Chronicle.Data.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

/// <summary>
/// Identity's sign-in manager, recording every password and code sign-in on the audit trail:
/// success, failure, the failure that locks the account, and attempts while it is locked. Doing it
/// here rather than in the pages means any page that signs someone in is recorded the same way.
/// An attempt on an unknown account is recorded without what was typed.
/// </summary>
internal sealed class AuditingSignInManager(
    UserManager<ChronicleUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ChronicleUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ChronicleUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ChronicleUser> confirmation)
    : SignInManager<ChronicleUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        if (await UserManager.FindByNameAsync(userName) is null)
        {
            await RecordAsync(AuditActions.SignInFailed, null, "refused: unknown account");
            return SignInResult.Failed;
        }

        // The known account's attempt is recorded by the overload below, which the base calls.
        return await base.PasswordSignInAsync(userName, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<SignInResult> PasswordSignInAsync(ChronicleUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(user);
        var lockedBefore = await UserManager.IsLockedOutAsync(user);
        var result = await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        await RecordAsync(user.Id, result, lockedBefore, "password");
        return result;
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
