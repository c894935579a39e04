namespace Chronicle.Application.Fhir;

using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// What one FHIR request may see: patients through <see cref="PatientAccess"/> (so a record the
/// caller may not see answers exactly like one that does not exist), and the directory of its own
/// practice (the practice, its staff). Practices met while mapping are loaded once per request.
/// </summary>
public sealed class FhirScope(ChronicleDbContext db, PatientAccess access)
{
    private readonly Dictionary<PracticeId, Practice> _practices = [];

    public ChronicleDbContext Db { get; } = db;

    public PatientAccess Access { get; } = access;

    public IQueryable<Domain.Patients.Patient> VisiblePatients() => Access.VisiblePatients();

    /// <summary>The practices whose directory the caller sees: its own; every one for the system (CLI).</summary>
    public IQueryable<Practice> VisiblePractices()
    {
        var practices = Db.Practices.AsNoTracking();
        var actor = Access.Actor;
        if (actor.Role == Roles.System)
        {
            return practices;
        }

        return actor.PracticeId is { } own ? practices.Where(p => p.Id == own) : practices.Where(p => false);
    }

    public IQueryable<StaffMember> VisibleStaff()
    {
        var practices = VisiblePractices();
        return Db.StaffMembers.AsNoTracking().Where(s => practices.Any(p => p.Id == s.PracticeId));
    }

    /// <summary>The practices of <paramref name="ids"/>, loaded in one query the first time each is needed.</summary>
    public async Task<IReadOnlyDictionary<PracticeId, Practice>> PracticesAsync(IEnumerable<PracticeId> ids, CancellationToken cancellationToken)
    {
        var missing = ids.Distinct().Where(id => !_practices.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var practice in await Db.Practices.AsNoTracking().Where(p => missing.Contains(p.Id)).ToListAsync(cancellationToken))
            {
                _practices[practice.Id] = practice;
            }
        }

        return _practices;
    }
}
