namespace Chronicle.Application.Time;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Patients;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;
using Microsoft.EntityFrameworkCore;

/// <summary>A patient the actor may see, with the practice whose zone and time rules apply.</summary>
internal sealed record PatientScope(Patient Patient, Practice Practice, TimePolicy Policy)
{
    public PracticeTimeZone Zone => Practice.TimeZone;

    /// <summary>The practice's city, named when a refusal says what time it is there.</summary>
    public string? Place => Practice.Address.City;
}

/// <summary>
/// What the time use cases share: finding the patient through <see cref="PatientAccess"/>, who
/// may write time and for whom, the patient's locked months, and storing one new ledger record
/// with its audit event in one transaction.
/// </summary>
internal sealed class TimeWork(ChronicleDbContext db, PatientAccess access, AuditTrail audit)
{
    public const string NotAllowedCode = PatientAccess.NoAccessCode;

    public Actor Actor => access.Actor;

    public bool CanWrite => Actor.Allows(Capability.LogTime);

    public async Task<Result<PatientScope>> PatientAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var id = new PatientId(patientId);
        var found = access.ActsForPractice
            ? await access.VisiblePatients()
                .Where(p => p.Id == id)
                .Join(db.Practices.AsNoTracking(), p => p.PracticeId, pr => pr.Id, (p, pr) => new { Patient = p, Practice = pr })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        if (found is null)
        {
            return new BusinessError(GetPatientChart.UnknownPatientCode, $"There is no patient with the id {patientId}.");
        }

        return new PatientScope(found.Patient, found.Practice, await TimePolicies.OfAsync(db, found.Practice.Id, cancellationToken));
    }

    /// <summary>
    /// Who did the work: the signed-in person's own staff record, or the one named. Only an
    /// administrator, the system or a practice's system (a token) logs time for someone else; the others log their own.
    /// </summary>
    public async Task<Result<StaffMember>> PerformerAsync(PracticeId practiceId, Guid? staffId, CancellationToken cancellationToken)
    {
        var own = await OwnStaffIdAsync(cancellationToken);
        var wanted = staffId is { } given ? new StaffId(given) : own;
        if (wanted is null)
        {
            return new BusinessError(TimeInputParser.InvalidCode, "staff: name the staff member who did the work; your account has no staff record.");
        }

        if (own != wanted && !Actor.Allows(Capability.LogTimeForOthers))
        {
            return new BusinessError(NotAllowedCode, "You can log only your own time.");
        }

        var staff = await db.StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == wanted && s.PracticeId == practiceId, cancellationToken);
        return staff is null
            ? new BusinessError(TimeInputParser.InvalidCode, $"staff: the practice has no staff member with the id {wanted}.")
            : staff;
    }

    public async Task<StaffId?> OwnStaffIdAsync(CancellationToken cancellationToken)
    {
        // A bearer token's id is not a user's: it has no staff record, and no query is needed to say so.
        if (Roles.ApiClients.Contains(Actor.Role) || !Guid.TryParse(Actor.UserId, out var userId))
        {
            return null;
        }

        return await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.StaffId).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<List<MonthLock>> LockedMonthsAsync(PatientId patientId, CancellationToken cancellationToken) =>
        await db.MonthLocks.AsNoTracking().Where(l => l.PatientId == patientId).ToListAsync(cancellationToken);

    public static RecordedBy By(Actor actor, DateTimeOffset now) => new(actor.UserId, actor.Name, now);

    /// <summary>Stores one new record and its audit event together; a concurrent change of the same entry loses.</summary>
    public async Task<Result<TimeEntry>> SaveAsync(TimeEntry entry, string action, string what, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.TimeEntries.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditEntry(action, $"time entry {entry.Id} {what}", entry.PatientId, entry.PracticeId), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException) when (entry.Replaces is not null)
        {
            db.ChangeTracker.Clear();
            return new BusinessError(TimeCodes.Superseded, "Someone else corrected or voided that entry a moment ago; reload and change its latest version.");
        }

        return entry;
    }

    public static BusinessError Refused(Finding finding) => new(finding.Code, finding.Message);
}
