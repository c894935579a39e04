namespace Chronicle.Application.Sharing;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Closing access: revoke a caregiver's grant (effective at once; the caregiver's next page shows
/// nothing of the patient) or withdraw an invitation not yet accepted.
/// </summary>
public sealed class ChangePortalAccess(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public const string UnknownGrantCode = "GRANT-UNKNOWN";
    public const string UnknownInvitationCode = "INVITATION-UNKNOWN";

    public async Task<Result<string>> RevokeCaregiverAsync(Guid patientId, Guid grantId, CancellationToken cancellationToken)
    {
        var allowed = await ManagedPatientAsync(patientId, cancellationToken);
        if (!allowed.Succeeded)
        {
            return allowed.Error!;
        }

        var patient = allowed.Value;

        var id = new AccessGrantId(grantId);
        var grant = await db.CaregiverGrants.SingleOrDefaultAsync(g => g.Id == id && g.PatientId == patient, cancellationToken);
        if (grant is null)
        {
            return new BusinessError(UnknownGrantCode, "The patient has no such caregiver grant.");
        }

        grant.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.Update, $"caregiver grant {grant.Id} revoked", patient), cancellationToken);
        return "The caregiver's access is revoked.";
    }

    public async Task<Result<string>> WithdrawInvitationAsync(Guid patientId, Guid invitationId, CancellationToken cancellationToken)
    {
        var allowed = await ManagedPatientAsync(patientId, cancellationToken);
        if (!allowed.Succeeded)
        {
            return allowed.Error!;
        }

        var patient = allowed.Value;

        var invitation = await db.PortalInvitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.PatientId == patient, cancellationToken);
        if (invitation is null)
        {
            return new BusinessError(UnknownInvitationCode, "The patient has no such invitation.");
        }

        if (!invitation.Withdraw(clock.GetUtcNow()))
        {
            return new BusinessError(PortalManagers.InvitationUnusableCode, $"The invitation is {invitation.StateAt(clock.GetUtcNow()).ToString().ToLowerInvariant()}; only an open one can be withdrawn.");
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.Update, $"portal invitation {invitation.Id} withdrawn", patient), cancellationToken);
        return $"The invitation to {invitation.Email} is withdrawn.";
    }

    private async Task<Result<PatientId>> ManagedPatientAsync(Guid patientId, CancellationToken cancellationToken)
    {
        if (!PortalManagers.MayManage(access.Actor))
        {
            return new BusinessError(PatientAccess.NoAccessCode, "Only the patient's clinicians and the practice's administrators can change portal access.");
        }

        var found = await PortalManagers.PatientAsync(access, patientId, cancellationToken);
        return found.Value is { } patient ? patient.Id : found.Error!;
    }
}
