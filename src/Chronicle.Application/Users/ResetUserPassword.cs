namespace Chronicle.Application.Users;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// An administrator resets a practice user's password to a one-time temporary password, which the
/// user must change at their next sign-in. Their other sessions end at their next security check.
/// Two-factor sign-in is turned off and its key forgotten, since the usual reason for a reset is a
/// lost phone as often as a forgotten password; the user can turn it on again with a new key.
/// </summary>
public sealed class ResetUserPassword(ChronicleDbContext db, PatientAccess access, UserAccounts accounts, AuditTrail audit)
{
    public async Task<Result<CreatedAccount>> ExecuteAsync(Guid userId, CancellationToken cancellationToken)
    {
        var found = await AdminScope.UserAsync(access, accounts, userId, cancellationToken);
        if (found.Value is not (var practice, var user))
        {
            return found.Error!;
        }

        var password = TemporaryPassword.Generate();
        accounts.SetPassword(user, password, mustChangePassword: true);
        user.TwoFactorEnabled = false;
        db.RemoveRange(await db.Set<IdentityUserToken<Guid>>().Where(t => t.UserId == user.Id).ToListAsync(cancellationToken));
        await audit.RecordAsync(new AuditEntry(AuditActions.PasswordReset, $"user {user.Id}: temporary password issued, two-factor off, sessions ended", null, practice.Id), cancellationToken);
        return new CreatedAccount(user.Id, user.UserName!, practice.Name, password);
    }
}
