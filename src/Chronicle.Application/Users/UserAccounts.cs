namespace Chronicle.Application.Users;

using System.Net.Mail;
using System.Security.Cryptography;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Data.Security;
using Chronicle.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Writes user accounts the way ASP.NET Core Identity's UserManager would (normalised names,
/// hashed password, security stamp, role row), but without its store, so that the CLI and the
/// demo seed, which have no ASP.NET Core, create the same accounts the web app signs in. Adds to
/// the context; the caller saves, so an account can be written with the records it points at.
/// </summary>
public sealed class UserAccounts(ChronicleDbContext db, IPasswordHasher<ChronicleUser> hasher, ILookupNormalizer normalizer, TimeProvider clock)
{
    public const string InvalidEmailCode = "USER-EMAIL-INVALID";
    public const string ExistsCode = "USER-EXISTS";
    public const string UnknownUserCode = "USER-UNKNOWN";
    public const string WeakPasswordCode = "PASSWORD-WEAK";

    /// <summary>An administrator's lock lasts until an administrator lifts it; failed sign-ins lock for minutes only.</summary>
    public static readonly DateTimeOffset LockedUntilUnlocked = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task<Result<ChronicleUser>> AddAsync(NewAccount account, string password, bool mustChangePassword, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var email = account.Email.Trim();
        if (email.Length > 256 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            return new BusinessError(InvalidEmailCode, $"'{account.Email}' is not an e-mail address.");
        }

        if (PasswordRules.Problems(password) is { Count: > 0 } problems)
        {
            return new BusinessError(WeakPasswordCode, string.Join(" ", problems));
        }

        var normalized = normalizer.NormalizeName(email);
        if (db.Users.Local.Any(u => u.NormalizedUserName == normalized)
            || await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken))
        {
            return new BusinessError(ExistsCode, $"There is already a user {email}.");
        }

        var user = new ChronicleUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            NormalizedUserName = normalized,
            Email = email,
            NormalizedEmail = normalizer.NormalizeEmail(email),
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            PracticeId = account.PracticeId,
            StaffId = account.StaffId,
            PatientId = account.PatientId,
            LockoutEnabled = true,
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            CreatedAt = clock.GetUtcNow(),
        };
        SetPassword(user, password, mustChangePassword);
        db.Users.Add(user);
        var role = await RoleAsync(account.Role, cancellationToken);
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = role.Id });
        return user;
    }

    /// <summary>
    /// Replaces the password and the security stamp, which ends the user's other sessions at their
    /// next check, and lifts a lockout from failed sign-ins (not an administrator's lock).
    /// </summary>
    public void SetPassword(ChronicleUser user, string password, bool mustChangePassword)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.PasswordHash = hasher.HashPassword(user, password);
        user.SecurityStamp = NewSecurityStamp();
        user.MustChangePassword = mustChangePassword;
        user.AccessFailedCount = 0;
        if (user.LockoutEnd != LockedUntilUnlocked)
        {
            user.LockoutEnd = null;
        }
    }

    /// <summary>A staff user of the practice (tracked, for changing), or null when there is none with this id.</summary>
    public Task<ChronicleUser?> FindStaffUserAsync(Guid userId, PracticeId practiceId, CancellationToken cancellationToken) =>
        db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.PracticeId == practiceId, cancellationToken);

    public static string NewSecurityStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(20));

    private async Task<IdentityRole<Guid>> RoleAsync(string name, CancellationToken cancellationToken)
    {
        if (!Roles.All.Contains(name))
        {
            throw new ArgumentException($"'{name}' is not one of Chronicle's roles.", nameof(name));
        }

        // Roles are created the first time an account needs them: their names live in the
        // Application (Roles), which the migrations in Data cannot see.
        var normalized = normalizer.NormalizeName(name);
        var role = db.Roles.Local.FirstOrDefault(r => r.NormalizedName == normalized)
            ?? await db.Roles.FirstOrDefaultAsync(r => r.NormalizedName == normalized, cancellationToken);
        if (role is null)
        {
            role = new IdentityRole<Guid>(name) { Id = Guid.CreateVersion7(), NormalizedName = normalized };
            db.Roles.Add(role);
        }

        return role;
    }
}

/// <param name="Role">One of <see cref="Roles"/>.</param>
public sealed record NewAccount(
    string Email,
    string DisplayName,
    string Role,
    PracticeId? PracticeId = null,
    StaffId? StaffId = null,
    PatientId? PatientId = null);
