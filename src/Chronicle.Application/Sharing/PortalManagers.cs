namespace Chronicle.Application.Sharing;

using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Domain.Patients;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Who opens and closes a patient's portal access: the clinicians who care for them and the
/// practice's administrators (and the operator). Billers and auditors may look, not change.
/// </summary>
internal static class PortalManagers
{
    public const string InvitationUnusableCode = "INVITATION-UNUSABLE";

    public static bool MayManage(Actor actor) => actor.Allows(Capability.ManagePortalAccess);

    /// <summary>The patient, when the actor is staff of their practice (or the operator); otherwise the not-found error.</summary>
    public static async Task<Result<Patient>> PatientAsync(PatientAccess access, Guid patientId, CancellationToken cancellationToken)
    {
        var id = new Domain.Common.PatientId(patientId);
        var patient = access.ActsForPractice
            ? await access.VisiblePatients().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            : null;
        return patient is null
            ? new BusinessError(Patients.GetPatientChart.UnknownPatientCode, "There is no such patient in your practice.")
            : patient;
    }
}
