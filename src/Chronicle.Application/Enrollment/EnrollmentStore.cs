namespace Chronicle.Application.Enrollment;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Patients;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Loads a patient's enrollment and consent aggregates for a use case, and saves them with their
/// audit events in one transaction. Each aggregate's Version is its concurrency token (ADR 0081):
/// when another request changed the same patient between this one's read and its save, the save
/// is refused as <see cref="EnrollmentErrors.Concurrent"/> and nothing is written.
/// </summary>
public sealed class EnrollmentStore(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public ChronicleDbContext Db => db;

    /// <summary>The patient's aggregates, tracked for change of enrollment or consent: refused unless the actor's role holds that capability.</summary>
    public Task<Result<PatientEnrollmentState>> LoadForChangeAsync(Guid patientId, CancellationToken cancellationToken) =>
        LoadForChangeAsync(Capability.ChangeEnrollmentAndConsent, patientId, cancellationToken);

    /// <summary>The patient's aggregates, tracked for a change that needs <paramref name="capability"/> (<see cref="Permissions"/>).</summary>
    public async Task<Result<PatientEnrollmentState>> LoadForChangeAsync(Capability capability, Guid patientId, CancellationToken cancellationToken)
    {
        if (!access.Actor.Allows(capability) || !access.ActsForPractice)
        {
            return Permissions.Refusal(capability);
        }

        return await LoadAsync(patientId, track: true, cancellationToken);
    }

    /// <summary>The patient's aggregates as the actor may see them; an invisible patient reads as unknown.</summary>
    public async Task<Result<PatientEnrollmentState>> LoadAsync(Guid patientId, bool track, CancellationToken cancellationToken)
    {
        var id = new PatientId(patientId);
        var found = await access.VisiblePatients()
            .Where(p => p.Id == id)
            .Join(db.Practices.AsNoTracking(), p => p.PracticeId, pr => pr.Id, (p, pr) => new { Patient = p, Practice = pr })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return new BusinessError(GetPatientChart.UnknownPatientCode, $"There is no patient with the id {patientId}.");
        }

        var enrollmentQuery = track ? db.PatientEnrollments : db.PatientEnrollments.AsNoTracking();
        var consentQuery = track ? db.PatientConsents : db.PatientConsents.AsNoTracking();
        var enrollments = await enrollmentQuery.AsSplitQuery().SingleOrDefaultAsync(e => e.PatientId == id, cancellationToken);
        var consents = await consentQuery.SingleOrDefaultAsync(c => c.PatientId == id, cancellationToken);
        var today = found.Practice.TimeZone.LocalDateOf(clock.GetUtcNow());
        return new PatientEnrollmentState(
            found.Patient,
            found.Practice,
            today,
            enrollments ?? PatientEnrollments.Create(found.Practice.Id, id),
            consents ?? PatientConsents.Create(found.Practice.Id, id));
    }

    public async Task<IReadOnlyList<VisitFact>> VisitsAsync(PatientId patientId, CancellationToken cancellationToken) =>
        (await db.Visits.AsNoTracking().Where(v => v.PatientId == patientId && v.Code != null).ToListAsync(cancellationToken))
            .ConvertAll(VisitFact.From);

    /// <summary>A billing practitioner of the patient's practice, by staff id.</summary>
    public async Task<Result<BillingPractitioner>> PractitionerAsync(Practice practice, Guid staffId, CancellationToken cancellationToken)
    {
        var id = new StaffId(staffId);
        var staff = await db.StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.PracticeId == practice.Id, cancellationToken);
        return staff switch
        {
            null => new BusinessError(EnrollmentErrors.UnknownStaff, $"{practice.Name} has no staff member with the id {staffId}."),
            { Role: not StaffRole.BillingPractitioner } or { Npi: null } => new BusinessError(
                EnrollmentErrors.NotPractitioner,
                $"{staff.DisplayName} is not a billing practitioner with an NPI; only a billing practitioner (MD, DO, NP, PA, CNS, CNM) can bill care management."),
            _ => new BillingPractitioner(staff.Id, staff.Npi!.Value),
        };
    }

    /// <summary>A member of the care team who can be the designated care manager: clinical staff or a billing practitioner.</summary>
    public async Task<Result<StaffId>> CareManagerAsync(Practice practice, Guid staffId, CancellationToken cancellationToken)
    {
        var id = new StaffId(staffId);
        var staff = await db.StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.PracticeId == practice.Id, cancellationToken);
        return staff switch
        {
            null => new BusinessError(EnrollmentErrors.UnknownStaff, $"{practice.Name} has no staff member with the id {staffId}."),
            { Role: StaffRole.NonClinical } => new BusinessError(
                EnrollmentErrors.NotCareTeam,
                $"{staff.DisplayName} is non-clinical staff; the designated care manager must be clinical staff or a billing practitioner."),
            _ => staff.Id,
        };
    }

    /// <summary>
    /// Saves every pending change with its audit events in one transaction. Returns the concurrency
    /// error when another request saved the same patient's aggregate first; then nothing is written.
    /// </summary>
    public async Task<BusinessError?> SaveAsync(PatientEnrollmentState state, IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);

        // A patient's aggregates get their row with their first change, so reads never write.
        if (db.Entry(state.Enrollments).State == EntityState.Detached && state.Enrollments.Version > 0)
        {
            db.PatientEnrollments.Add(state.Enrollments);
        }

        if (db.Entry(state.Consents).State == EntityState.Detached && state.Consents.Version > 0)
        {
            db.PatientConsents.Add(state.Consents);
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(entries, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            // A stale Version updates no row (DbUpdateConcurrencyException); a second first-time
            // enrollment of the patient inserts a duplicate key. Either way another request won.
            db.ChangeTracker.Clear();
            return new BusinessError(
                EnrollmentErrors.Concurrent,
                "Someone else changed this patient's enrollment or consent at the same moment, so this change was not saved. Reload and try again.");
        }
    }

    /// <summary>The audit entry of a change to one patient's enrollment or consent (ids only).</summary>
    public static AuditEntry Change(PatientEnrollmentState state, string action, string what) =>
        new(action, what, state.Patient.Id, state.Practice.Id);
}

/// <summary>A patient's enrollment and consent aggregates as loaded for one use case.</summary>
/// <param name="Today">Today in the practice's time zone.</param>
public sealed record PatientEnrollmentState(Patient Patient, Practice Practice, DateOnly Today, PatientEnrollments Enrollments, PatientConsents Consents);
