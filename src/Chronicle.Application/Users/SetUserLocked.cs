namespace Chronicle.Application.Users;

using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;

/// <summary>
/// An administrator locks a practice user out until they unlock them (someone who left, a lost
/// device), or unlocks a user, which also clears a lockout after failed sign-ins.
/// </summary>
public sealed class SetUserLocked(ChronicleDbContext db, PatientAccess access, UserAccounts accounts)
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
        await db.SaveChangesAsync(cancellationToken);
        return user.UserName!;
    }
}
