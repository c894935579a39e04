namespace Chronicle.Application.Security;

using Chronicle.Application.Common;
using Chronicle.Application.Practices;
using Chronicle.Data;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The one place that decides whose records the current actor may see. Staff see the patients of
/// their own practice; a patient their own record; a caregiver the patients whose grant to them is
/// in force; an outside provider the patients shared with them; the system (the CLI operator) every
/// practice; a bearer token the patients of its practice, or only those listed on it. Use cases read patients only through <see cref="VisiblePatients"/>, so a record the
/// actor may not see is indistinguishable from one that does not exist.
/// </summary>
public sealed class PatientAccess(ChronicleDbContext db, IActorContext actors, TimeProvider clock)
{
    public const string NoAccessCode = "ACCESS-DENIED";

    public Actor Actor => actors.Current;

    /// <summary>Staff and the system work in a practice; patients, caregivers and outside providers in records shared with them.</summary>
    public bool ActsForPractice => IsSystem || IsStaff || IsPracticeSystem;

    private bool IsSystem => Actor.Role == Roles.System;

    private bool IsStaff => Roles.Staff.Contains(Actor.Role) && Actor.PracticeId is not null;

    private bool IsPracticeSystem => Actor.Role == Roles.PracticeSystem && Actor.PracticeId is not null;

    /// <summary>Patients the actor may see, as a query to narrow further; never tracked.</summary>
    public IQueryable<Patient> VisiblePatients()
    {
        var patients = db.Patients.AsNoTracking();
        var actor = Actor;
        if (IsSystem)
        {
            return patients;
        }

        if (IsStaff || IsPracticeSystem)
        {
            var practiceId = actor.PracticeId!.Value;
            return patients.Where(p => p.PracticeId == practiceId);
        }

        var now = clock.GetUtcNow();
        return actor.Role switch
        {
            Roles.Patient when actor.PatientId is { } own => patients.Where(p => p.Id == own),
            Roles.Caregiver when UserGuid(actor) is { } user => patients.Where(p =>
                db.CaregiverGrants.Any(g => g.UserId == user && g.PatientId == p.Id && g.GrantedAt <= now && g.ExpiresAt > now && (g.RevokedAt == null || g.RevokedAt > now))),
            Roles.OutsideProvider when UserGuid(actor) is { } user => patients.Where(p =>
                db.ProviderShares.Any(s => s.UserId == user && s.PatientId == p.Id && s.GrantedAt <= now && s.ExpiresAt > now && (s.RevokedAt == null || s.RevokedAt > now))),
            Roles.SharedSystem when UserGuid(actor) is { } token && actor.PracticeId is { } practice => patients.Where(p =>
                p.PracticeId == practice && db.ApiTokenPatients.Any(t => t.TokenId == token && t.PatientId == p.Id)),
            _ => patients.Where(p => false),
        };
    }

    /// <summary>
    /// The practice a practice-wide use case (worklist, overview, user administration) works in:
    /// a staff member's own practice, or for the system the one named by group NPI or the only
    /// one. Naming another practice than one's own answers as if it did not exist.
    /// </summary>
    public async Task<Result<Practice>> PracticeAsync(string? groupNpi, CancellationToken cancellationToken)
    {
        if (IsSystem)
        {
            return await PracticeResolver.ResolveAsync(db, groupNpi, cancellationToken);
        }

        if (!IsStaff && !IsPracticeSystem)
        {
            return new BusinessError(NoAccessCode, Actor.Role == Roles.SharedSystem
                ? "This token is limited to particular patients; practice-wide lists are not open to it."
                : "Only the practice's staff can see practice-wide lists.");
        }

        var practiceId = Actor.PracticeId!.Value;
        var practice = await db.Practices.AsNoTracking().SingleOrDefaultAsync(p => p.Id == practiceId, cancellationToken);
        if (practice is null || (!string.IsNullOrWhiteSpace(groupNpi) && practice.GroupNpi.Value != groupNpi.Trim()))
        {
            return new BusinessError(PracticeResolver.UnknownPracticeCode, string.IsNullOrWhiteSpace(groupNpi)
                ? "Your practice no longer exists."
                : $"No practice has the group NPI {groupNpi}.");
        }

        return practice;
    }

    private static Guid? UserGuid(Actor actor) => Guid.TryParse(actor.UserId, out var id) ? id : null;
}
