namespace Chronicle.Application.Security;

using Chronicle.Application.Common;
using Chronicle.Data;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The actor of a CLI command run with <c>--as USER</c> (or CHRONICLE_USER): an active staff
/// sign-in of a practice, with its role, so that the use cases apply that role's row of the
/// permissions table and the audit trail names that user (ADR 0191). Patients, caregivers and
/// outside providers, locked accounts and unknown names are refused alike, with one message.
/// </summary>
public sealed class ResolveCliUser(ChronicleDbContext db, TimeProvider clock)
{
    /// <param name="userName">The sign-in name (e-mail address) as typed.</param>
    /// <param name="address">Who ran the command where (login@machine), kept as the event's address.</param>
    public async Task<Result<Actor>> ExecuteAsync(string userName, string address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        var normalized = userName.Trim().ToUpperInvariant();
        var user = await db.Users.AsNoTracking().Where(u => u.NormalizedUserName == normalized)
            .Select(u => new { u.Id, u.UserName, u.PracticeId, u.LockoutEnd })
            .SingleOrDefaultAsync(cancellationToken);
        var role = user is null ? null : await db.UserRoles.AsNoTracking().Where(r => r.UserId == user.Id)
            .Join(db.Roles.AsNoTracking(), ur => ur.RoleId, r => r.Id, (ur, r) => r.Name)
            .FirstOrDefaultAsync(cancellationToken);
        if (user?.PracticeId is not { } practice || role is null || !Roles.Staff.Contains(role) || user.LockoutEnd > clock.GetUtcNow())
        {
            return new BusinessError(PatientAccess.NoAccessCode,
                $"--as {userName.Trim()}: no active staff sign-in has that name (patients, caregivers, outside providers and locked accounts cannot act from the command line).");
        }

        return new Actor(user.Id.ToString(), user.UserName ?? user.Id.ToString(), role, AccessSurface.Cli, address, practice);
    }
}
