namespace Chronicle.Application.Users;

using Chronicle.Application.Common;
using Chronicle.Application.Security;
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
}
