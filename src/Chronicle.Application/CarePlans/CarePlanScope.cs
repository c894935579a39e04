namespace Chronicle.Application.CarePlans;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Patients;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// What every care-plan use case does first: find the patient through <see cref="PatientAccess"/>
/// (an invisible patient answers like an unknown one), decide whether the actor may change plans,
/// name the actor as the plan records them, and read the clock once in the practice's time zone.
/// </summary>
public sealed class CarePlanScope(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public ChronicleDbContext Db => db;

    public AuditTrail Audit => audit;

    public Actor Actor => access.Actor;

    /// <summary>Care managers, billing practitioners, administrators and the system write plans; billers and auditors read them.</summary>
    public bool CanEdit => Actor.Allows(Capability.EditCarePlans);

    /// <summary>The actor as the plan names them: their display name ("Rosa Castillo, RN") when they have an account, not their sign-in name.</summary>
    public async Task<PlanActor> PlanActorAsync(CancellationToken cancellationToken)
    {
        var name = Guid.TryParse(Actor.UserId, out var userId)
            ? await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new PlanActor(Actor.UserId, string.IsNullOrWhiteSpace(name) ? Actor.Name : name, Actor.Allows(Capability.SignCarePlans));
    }

    public async Task<Result<PlanPatient>> FindAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var id = new PatientId(patientId);
        var found = await access.VisiblePatients()
            .Where(p => p.Id == id)
            .Join(db.Practices.AsNoTracking(), p => p.PracticeId, pr => pr.Id, (p, pr) => new { Patient = p, Practice = pr })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null
            ? new BusinessError(GetPatientChart.UnknownPatientCode, $"There is no patient with the id {patientId}.")
            : new PlanPatient(found.Patient, found.Practice, new PlanMoment(clock.GetUtcNow(), found.Practice.TimeZone.LocalDateOf(clock.GetUtcNow())));
    }

    /// <summary>As <see cref="FindAsync"/>, refusing an actor who may only read plans.</summary>
    public async Task<Result<PlanPatient>> FindForChangeAsync(Guid patientId, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return new BusinessError(PatientAccess.NoAccessCode, "Only care managers, billing practitioners and administrators change care plans.");
        }

        return await FindAsync(patientId, cancellationToken);
    }

    /// <summary>The patient's plan with its versions, activities and copies; tracked when it is to be changed.</summary>
    public Task<CarePlan?> LoadAsync(PatientId patientId, bool tracking, CancellationToken cancellationToken)
    {
        var plans = db.CarePlans.Include(p => p.Versions).Include(p => p.Activities).Include(p => p.Copies).AsSplitQuery();
        return (tracking ? plans : plans.AsNoTracking()).SingleOrDefaultAsync(p => p.PatientId == patientId, cancellationToken);
    }

    public static BusinessError NoPlan(Guid patientId) =>
        new(CarePlanCodes.NotFound, $"The patient {patientId} has no care plan yet; start one from their conditions.");

    public static BusinessError Refused(Finding finding) => new(finding.Code, finding.Message);

    /// <summary>Saves the plan's changes and the audit event in one transaction; a concurrent change is refused, not overwritten.</summary>
    public async Task<BusinessError?> SaveAsync(PlanPatient patient, string action, string what, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || IsUniqueViolation(ex))
        {
            return new BusinessError(CarePlanCodes.Stale, "Someone changed this care plan at the same moment; open it again and repeat your change.");
        }

        await audit.RecordAsync(new AuditEntry(action, what, patient.Patient.Id, patient.Practice.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    private static bool IsUniqueViolation(DbUpdateException ex) =>
        ex.InnerException?.GetType().Name is "PostgresException" or "SqliteException"
        && (ex.InnerException.Message.Contains("unique", StringComparison.OrdinalIgnoreCase) || ex.InnerException.Message.Contains("23505", StringComparison.Ordinal));
}

/// <summary>A patient the actor may see, their practice, and now in the practice's time zone.</summary>
public sealed record PlanPatient(Patient Patient, Practice Practice, PlanMoment Now);
