namespace Chronicle.Application.Security;

using Chronicle.Application.Audit;
using Chronicle.Data;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Writes a security event (sign-in and its failures, lockout, sign-out, password and two-factor
/// changes, refused access) to the audit trail with the request's surface and client address.
/// Before a sign-in completes the request is anonymous, so the event names the account it concerns
/// (by id and user name, with its role and practice); an attempt on an unknown account names none,
/// and what was typed is never stored (it may be a patient's e-mail address or a password typed in
/// the wrong field).
/// </summary>
public sealed class RecordSecurityEvent(ChronicleDbContext db, AuditTrail audit, IActorContext actors)
{
    /// <param name="action">One of <see cref="AuditActions.Security"/>.</param>
    /// <param name="account">The account concerned when the request has no signed-in user (or another one); null for the current user, or when unknown.</param>
    /// <param name="outcome">What happened, in ids and words only: "succeeded", "refused: wrong password", ...</param>
    public async Task ExecuteAsync(string action, Guid? account, string outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(outcome);
        var current = actors.Current;
        if (current.IsAuthenticated)
        {
            // A signed-in user acting on their own account, or an administrator on someone else's.
            var about = account is { } other && other.ToString() != current.UserId ? $" (account {other})" : string.Empty;
            await audit.RecordAsync(current, [new AuditEntry(action, outcome + about)], cancellationToken);
            return;
        }

        var actor = account is { } id ? await AccountAsync(id, current, cancellationToken) ?? current : current;
        var what = outcome;
        await audit.RecordAsync(actor, [new AuditEntry(action, what)], cancellationToken);
    }

    private async Task<Actor?> AccountAsync(Guid id, Actor current, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.UserName, u.PracticeId, u.PatientId })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var role = await db.UserRoles.AsNoTracking().Where(r => r.UserId == id)
            .Join(db.Roles.AsNoTracking(), ur => ur.RoleId, r => r.Id, (ur, r) => r.Name)
            .FirstOrDefaultAsync(cancellationToken);
        return new Actor(id.ToString(), user.UserName ?? id.ToString(), role ?? Roles.Anonymous, current.Surface, current.Address, user.PracticeId, user.PatientId);
    }
}
