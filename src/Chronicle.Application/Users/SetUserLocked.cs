namespace Chronicle.Application.Users;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;

/// <summary>
/// An administrator locks a practice user out until they unlock them (someone who left, a lost
/// device), or unlocks a user, which also clears a lockout after failed sign-ins.
/// </summary>
public sealed class SetUserLocked(PatientAccess access, UserAccounts accounts, AuditTrail audit)
{
    public const string SelfCode = "USER-SELF";

    public async Task<Result<string>> ExecuteAsync(Guid userId, bool locked, CancellationToken cancellationToken)
    {
        var scope = await AdminScope.PracticeAsync(access, cancellationToken);
        if (scope.Value is not { } practice)
        {
            return scope.Error!;
        }

        var user = await accounts.FindStaffUserAsync(userId, practice.Id, cancellationToken);
        if (user is null)
        {
            return new BusinessError(UserAccounts.UnknownUserCode, "There is no such user in your practice.");
        }

        if (locked && user.Id.ToString() == access.Actor.UserId)
        {
            return new BusinessError(SelfCode, "You cannot lock yourself out.");
        }

        user.LockoutEnd = locked ? UserAccounts.LockedUntilUnlocked : null;
        user.AccessFailedCount = 0;

        // A new stamp ends the locked user's open sessions at their next security check.
        user.SecurityStamp = UserAccounts.NewSecurityStamp();
        await audit.RecordAsync(new AuditEntry(AuditActions.UserLock, $"user {user.Id} {(locked ? "locked until unlocked; sessions ended" : "unlocked")}", null, practice.Id), cancellationToken);
        return user.UserName!;
    }
}
