namespace Chronicle.Application.Users;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// An administrator gives a staff member of their practice a sign-in with a role. The password is
/// temporary: shown once to the administrator, stored only hashed, and changed at first sign-in.
/// </summary>
public sealed class CreateStaffUser(ChronicleDbContext db, PatientAccess access, UserAccounts accounts, AuditTrail audit)
{
    public const string UnknownStaffCode = "STAFF-UNKNOWN";
    public const string StaffHasUserCode = "STAFF-HAS-USER";
    public const string RoleNotAllowedCode = "ROLE-NOT-ALLOWED";

    public async Task<Result<CreatedAccount>> ExecuteAsync(NewStaffUser request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = await AdminScope.PracticeAsync(access, cancellationToken);
        if (scope.Value is not { } practice)
        {
            return scope.Error!;
        }

        var staffId = new StaffId(request.StaffId);
        var staff = await db.StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == staffId && s.PracticeId == practice.Id, cancellationToken);
        if (staff is null)
        {
            return new BusinessError(UnknownStaffCode, "There is no such staff member in your practice.");
        }

        if (await db.Users.AnyAsync(u => u.StaffId == staffId, cancellationToken))
        {
            return new BusinessError(StaffHasUserCode, $"{staff.DisplayName} already has a sign-in.");
        }

        if (!Roles.Staff.Contains(request.Role))
        {
            return new BusinessError(RoleNotAllowedCode, $"'{request.Role}' is not a staff role.");
        }

        // The role decides what the person may do; a billing practitioner's role is for someone who bills under their own NPI.
        if (request.Role == Roles.BillingPractitioner && staff.Role != StaffRole.BillingPractitioner)
        {
            return new BusinessError(RoleNotAllowedCode, $"{staff.DisplayName} is not a billing practitioner in the staff list.");
        }

        var email = string.IsNullOrWhiteSpace(request.Email) ? staff.Email ?? string.Empty : request.Email;
        var password = TemporaryPassword.Generate();
        var added = await accounts.AddAsync(
            new NewAccount(email, staff.DisplayName, request.Role, practice.Id, staff.Id), password, mustChangePassword: true, cancellationToken);
        if (added.Value is not { } user)
        {
            return added.Error!;
        }

        await audit.RecordAsync(new AuditEntry(AuditActions.UserCreate, $"user {user.Id}: role {request.Role}, staff {staff.Id}, temporary password", null, practice.Id), cancellationToken);
        return new CreatedAccount(user.Id, user.UserName!, practice.Name, password);
    }
}

/// <param name="Email">The sign-in name; the staff member's e-mail address when blank.</param>
public sealed record NewStaffUser(Guid StaffId, string Role, string? Email = null);
