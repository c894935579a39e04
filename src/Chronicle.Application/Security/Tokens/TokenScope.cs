namespace Chronicle.Application.Security.Tokens;

using Chronicle.Application.Common;
using Chronicle.Domain.Practices;

/// <summary>Tokens are issued, listed and revoked by a practice's administrators (and the operator), within their own practice.</summary>
internal static class TokenScope
{
    public static async Task<Result<Practice>> PracticeAsync(PatientAccess access, string? practiceNpi, CancellationToken cancellationToken)
    {
        if (!access.Actor.Allows(Capability.ManageTokens))
        {
            return new BusinessError(PatientAccess.NoAccessCode, "Only an administrator can manage API tokens.");
        }

        return await access.PracticeAsync(practiceNpi, cancellationToken);
    }
}
