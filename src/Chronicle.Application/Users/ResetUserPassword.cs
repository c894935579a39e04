namespace Chronicle.Application.Users;

using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;

/// <summary>
/// An administrator resets a practice user's password to a one-time temporary password, which the
/// user must change at their next sign-in. Their other sessions end at their next security check.
/// </summary>
public sealed class ResetUserPassword(ChronicleDbContext db, PatientAccess access, UserAccounts accounts)
{
    public async Task<Result<CreatedAccount>> ExecuteAsync(Guid userId, CancellationToken cancellationToken)
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

        var password = TemporaryPassword.Generate();
        accounts.SetPassword(user, password, mustChangePassword: true);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedAccount(user.Id, user.UserName!, practice.Name, password);
    }
}
