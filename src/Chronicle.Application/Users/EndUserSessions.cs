namespace Chronicle.Application.Users;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;

/// <summary>
/// An administrator signs a practice user out everywhere (a lost laptop, a shared computer): the
/// user's security stamp changes, so every session cookie of theirs is refused at its next check,
/// within a minute. The user can sign in again at once; to keep them out, lock them.
/// </summary>
public sealed class EndUserSessions(PatientAccess access, UserAccounts accounts, AuditTrail audit)
{
    public async Task<Result<string>> ExecuteAsync(Guid userId, CancellationToken cancellationToken)
    {
        var found = await AdminScope.UserAsync(access, accounts, userId, cancellationToken);
        if (found.Value is not (var practice, var user))
        {
            return found.Error!;
        }

        user.SecurityStamp = UserAccounts.NewSecurityStamp();
        await audit.RecordAsync(new AuditEntry(AuditActions.SessionsEnd, $"user {user.Id}: every session ended by an administrator", null, practice.Id), cancellationToken);
        return user.UserName!;
    }
}
