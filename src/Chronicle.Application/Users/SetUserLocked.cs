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
        var found = await AdminScope.UserAsync(access, accounts, userId, cancellationToken);
        if (found.Value is not (var practice, var user))
        {
            return found.Error!;
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
