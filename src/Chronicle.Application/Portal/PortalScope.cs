namespace Chronicle.Application.Portal;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Patients;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// What every portal use case does first: find the patient through <see cref="PatientAccess"/> (a
/// patient only themselves, a caregiver only patients whose grant is in force now; any other id
/// answers like an unknown one) and read the clock once in the practice's time zone. Consent,
/// statements and stopping care management belong to the patient and their caregivers only, not
/// to outside providers, who see the record and the care plan.
/// </summary>
public sealed class PortalScope(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public ChronicleDbContext Db => db;

    public AuditTrail Audit => audit;

    public Actor Actor => access.Actor;

    /// <summary>The patient and their caregivers: who may see consent and statements and may stop care management.</summary>
    public bool ActsForPatient => Actor.Allows(Capability.ActForPatient);

    public async Task<Result<PortalPatient>> FindAsync(Guid patientId, bool patientOrCaregiverOnly, CancellationToken cancellationToken)
    {
        if (patientOrCaregiverOnly && !ActsForPatient)
        {
            return new BusinessError(PatientAccess.NoAccessCode, "Only the patient and the caregivers they named see consent and statements in the portal.");
        }

        var id = new PatientId(patientId);
        var found = await access.VisiblePatients()
            .Where(p => p.Id == id)
            .Join(db.Practices.AsNoTracking(), p => p.PracticeId, pr => pr.Id, (p, pr) => new { Patient = p, Practice = pr })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return new BusinessError(GetPatientChart.UnknownPatientCode, $"There is no patient with the id {patientId}.");
        }

        var now = clock.GetUtcNow();
        return new PortalPatient(found.Patient, found.Practice, now, found.Practice.TimeZone.LocalDateOf(now));
    }

    public DateTimeOffset Now() => clock.GetUtcNow();

    /// <summary>The signed-in user's display name, as notices and copies name them.</summary>
    public async Task<string> ActorDisplayNameAsync(CancellationToken cancellationToken)
    {
        var name = Guid.TryParse(Actor.UserId, out var userId)
            ? await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;
        return string.IsNullOrWhiteSpace(name) ? Actor.Name : name;
    }
}

/// <summary>A patient the actor may see in the portal, their practice, now, and today in the practice's zone.</summary>
public sealed record PortalPatient(Patient Patient, Practice Practice, DateTimeOffset Now, DateOnly Today)
{
    public string Name => $"{Patient.FirstName} {Patient.LastName}";
}
