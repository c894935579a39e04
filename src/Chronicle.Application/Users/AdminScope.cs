namespace Chronicle.Application.Users;

using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data.Security;
using Chronicle.Domain.Practices;

/// <summary>User administration is for a practice's administrators (and the operator), within their own practice.</summary>
internal static class AdminScope
{
    public static async Task<Result<Practice>> PracticeAsync(PatientAccess access, CancellationToken cancellationToken)
    {
        if (!access.Actor.Allows(Capability.ManageUsers))
        {
            return new BusinessError(PatientAccess.NoAccessCode, "Only an administrator can manage users.");
        }

        return await access.PracticeAsync(null, cancellationToken);
    }

    /// <summary>A user of the administrator's own practice; another practice's user is as unknown as one that does not exist.</summary>
    public static async Task<Result<AdministeredUser>> UserAsync(PatientAccess access, UserAccounts accounts, Guid userId, CancellationToken cancellationToken)
    {
        var scope = await PracticeAsync(access, cancellationToken);
        if (scope.Value is not { } practice)
        {
            return scope.Error!;
        }

        return await accounts.FindStaffUserAsync(userId, practice.Id, cancellationToken) is { } user
            ? new AdministeredUser(practice, user)
            : new BusinessError(UserAccounts.UnknownUserCode, "There is no such user in your practice.");
    }
}

/// <summary>A practice user an administrator acts on, with the practice both belong to.</summary>
internal sealed record AdministeredUser(Practice Practice, ChronicleUser User);
