namespace Chronicle.Application.Outreach;

using Chronicle.Application.Common;
using Chronicle.Application.Eligibility;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Outreach;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// What the outreach use cases share: the practice and its day, the "Eligible, not enrolled"
/// patients (from <see cref="ListEligibility"/>, the one eligibility rule), each patient's outreach
/// state (from <see cref="CallList"/>, the one call-list rule), and the staff who may call.
/// Every read is set-based for the whole practice, never one query per patient.
/// </summary>
public sealed class OutreachStore(ChronicleDbContext db, PatientAccess access, ListEligibility eligibility, TimeProvider clock)
{
    public ChronicleDbContext Db => db;

    public Actor Actor => access.Actor;

    public OutreachActor Recorder => new(access.Actor.UserId, access.Actor.Name);

    /// <summary>The practice, the one clock reading of the request and the eligible patients not enrolled on that day.</summary>
    public async Task<Result<OutreachScope>> ScopeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var practiceResult = await access.PracticeAsync(null, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return practiceResult.Error!;
        }

        var today = practice.TimeZone.LocalDateOf(now);
        var list = await eligibility.EvaluateAsync(new EligibilityQuery(today), cancellationToken);
        if (list.Value is not { } evaluated)
        {
            return list.Error!;
        }

        var candidates = evaluated.Patients.Where(GetEligibilityWorklist.IsCandidate).ToDictionary(p => p.PatientId);
        var states = await StatesAsync(practice, today, cancellationToken);
        var staff = await db.StaffMembers.AsNoTracking().Where(s => s.PracticeId == practice.Id).ToListAsync(cancellationToken);
        var callers = staff.Where(s => s.Role.MayManageCare())
            .OrderBy(s => s.LastName, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.FirstName, StringComparer.OrdinalIgnoreCase)
            .Select(s => new CallerOption(s.Id.Value, s.DisplayName)).ToList();
        return new OutreachScope(practice, now, today, candidates, states, callers, staff.ToDictionary(s => s.Id, s => s.DisplayName));
    }

    /// <summary>The practice and the one clock reading of a request that needs no eligibility.</summary>
    public async Task<Result<(Practice Practice, DateTimeOffset Now)>> PracticeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var practice = await access.PracticeAsync(null, cancellationToken);
        return practice.Value is { } found ? (found, now) : practice.Error!;
    }

    /// <summary>The patients a request names, each one visible to the actor and in the practice; an unknown one fails the whole request.</summary>
    public async Task<Result<List<Domain.Patients.Patient>>> PatientsAsync(PracticeId practiceId, IReadOnlyCollection<Guid> patientIds, CancellationToken cancellationToken)
    {
        var wanted = patientIds.Distinct().Select(id => new PatientId(id)).ToList();
        if (wanted.Count == 0)
        {
            return new BusinessError(OutreachCodes.NothingChosen, "Choose at least one patient.");
        }

        var found = await access.VisiblePatients().Where(p => p.PracticeId == practiceId && wanted.Contains(p.Id)).ToListAsync(cancellationToken);
        if (found.Count != wanted.Count)
        {
            var missing = wanted.Except(found.Select(p => p.Id)).First();
            return new BusinessError(Patients.GetPatientChart.UnknownPatientCode, $"No patient with the id {missing} is on your practice's records.");
        }

        return found.OrderBy(p => p.LastName, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.FirstName, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Mrn, StringComparer.Ordinal).ToList();
    }

    /// <summary>The refusal when the actor may not change outreach, or null.</summary>
    public BusinessError? Refusal() => access.Actor.Allows(Capability.WorkOutreach) ? null : Permissions.Refusal(Capability.WorkOutreach);

    private async Task<Dictionary<PatientId, OutreachState>> StatesAsync(Practice practice, DateOnly today, CancellationToken cancellationToken)
    {
        var listings = (await db.OutreachListings.AsNoTracking().Where(l => l.PracticeId == practice.Id).ToListAsync(cancellationToken)).ToLookup(l => l.PatientId);
        var attempts = (await db.OutreachAttempts.AsNoTracking().Where(a => a.PracticeId == practice.Id).ToListAsync(cancellationToken)).ToLookup(a => a.PatientId);
        return listings.Select(g => g.Key).Union(attempts.Select(g => g.Key))
            .ToDictionary(id => id, id => CallList.Evaluate(listings[id], attempts[id], today, practice.TimeZone));
    }
}

/// <summary>One request's view of the practice's outreach.</summary>
/// <param name="Candidates">The "Eligible, not enrolled" patients on <paramref name="Today"/>.</param>
/// <param name="States">The outreach state of every patient who was ever listed or contacted.</param>
public sealed record OutreachScope(
    Practice Practice,
    DateTimeOffset Now,
    DateOnly Today,
    IReadOnlyDictionary<PatientId, Eligibility.PatientEligibility> Candidates,
    IReadOnlyDictionary<PatientId, OutreachState> States,
    IReadOnlyList<CallerOption> Callers,
    IReadOnlyDictionary<StaffId, string> StaffNames)
{
    public OutreachState StateOf(PatientId patientId) =>
        States.TryGetValue(patientId, out var state) ? state : new OutreachState(null, null, null, null, 3);
}

/// <summary>A staff member who may be given calls to make.</summary>
public sealed record CallerOption(Guid Id, string Name);
