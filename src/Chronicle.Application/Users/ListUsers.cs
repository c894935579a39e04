namespace Chronicle.Application.Users;

using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>The practice's staff users with their role and state, and the staff members who have no sign-in yet.</summary>
public sealed class ListUsers(ChronicleDbContext db, PatientAccess access, TimeProvider clock)
{
    public async Task<Result<PracticeUsers>> ExecuteAsync(CancellationToken cancellationToken)
    {
        var scope = await AdminScope.PracticeAsync(access, cancellationToken);
        if (scope.Value is not { } practice)
        {
            return scope.Error!;
        }

        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking()
            .Where(u => u.PracticeId == practice.Id)
            .OrderBy(u => u.DisplayName).ThenBy(u => u.UserName)
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.DisplayName,
                u.LockoutEnd,
                u.TwoFactorEnabled,
                u.MustChangePassword,
                Role = db.UserRoles.Where(r => r.UserId == u.Id)
                    .Join(db.Roles, r => r.RoleId, r => r.Id, (_, role) => role.Name)
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var linked = await db.Users.AsNoTracking()
            .Where(u => u.PracticeId == practice.Id && u.StaffId != null)
            .Select(u => u.StaffId!.Value)
            .ToListAsync(cancellationToken);
        var staff = await db.StaffMembers.AsNoTracking()
            .Where(s => s.PracticeId == practice.Id)
            .OrderBy(s => s.LastName).ThenBy(s => s.FirstName)
            .ToListAsync(cancellationToken);

        return new PracticeUsers(
            practice.Name,
            users.Select(u => new UserRow(
                u.Id, u.UserName!, u.DisplayName, u.Role ?? string.Empty,
                u.LockoutEnd is { } end && end > now ? (end == UserAccounts.LockedUntilUnlocked ? UserLock.ByAdministrator : UserLock.AfterFailedSignIns) : UserLock.None,
                u.TwoFactorEnabled, u.MustChangePassword, u.Id.ToString() == access.Actor.UserId)).ToList(),
            staff.Where(s => !linked.Contains(s.Id))
                .Select(s => new StaffWithoutUser(s.Id.Value, s.DisplayName, s.Email, s.Role))
                .ToList());
    }
}

public sealed record PracticeUsers(string PracticeName, IReadOnlyList<UserRow> Users, IReadOnlyList<StaffWithoutUser> StaffWithoutUser);

/// <param name="IsCurrentUser">The administrator looking at the list, who may not lock themselves out.</param>
public sealed record UserRow(Guid Id, string Email, string DisplayName, string Role, UserLock Lock, bool TwoFactor, bool MustChangePassword, bool IsCurrentUser);

public sealed record StaffWithoutUser(Guid StaffId, string Name, string? Email, StaffRole StaffRole);

public enum UserLock
{
    None,
    AfterFailedSignIns,
    ByAdministrator,
}
