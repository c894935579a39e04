namespace Chronicle.Application.Claims;

using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Domain.Practices;

/// <summary>Month close, claims and statements belong to billers, administrators, billing practitioners and the CLI operator.</summary>
public sealed class BillingAccess(PatientAccess access)
{
    public const string NotBillerCode = "BILLING-ACCESS-DENIED";

    public PatientAccess Patients => access;

    /// <summary>Who the claims record as having acted: the user's name, or the CLI operator's.</summary>
    public string ActorName => access.Actor.Name;

    public bool MayBill => access.Actor.Allows(Capability.CloseAndApproveBilling);

    public async Task<Result<Practice>> PracticeAsync(string? groupNpi, CancellationToken cancellationToken)
    {
        if (!MayBill)
        {
            return new BusinessError(NotBillerCode, "Only billers, administrators and billing practitioners work with claims.");
        }

        return await access.PracticeAsync(groupNpi, cancellationToken);
    }
}
