namespace Chronicle.Application.Sharing;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Application.Users;
using Chronicle.Data;
using Chronicle.Data.Security;
using Chronicle.Domain.Sharing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The invitee opens their link: <see cref="DescribeAsync"/> says who invited them to what (the
/// patient's first name only, since the link may have reached the wrong person), and
/// <see cref="AcceptAsync"/> creates their sign-in with the password they choose, or, for a
/// caregiver who already has one, checks it and adds the grant. The invitation is claimed by a
/// conditional update inside the same transaction, so a link works exactly once even when two
/// people submit it at the same moment.
/// </summary>
public sealed class AcceptInvitation(
    ChronicleDbContext db,
    UserAccounts accounts,
    IExistingPasswordCheck passwords,
    ILookupNormalizer normalizer,
    AuditTrail audit,
    TimeProvider clock)
{
    public const string WrongPasswordCode = "INVITATION-PASSWORD-MISMATCH";
    public const string LockedOutCode = "INVITATION-ACCOUNT-LOCKED";

    public async Task<Result<InvitationView>> DescribeAsync(string secret, CancellationToken cancellationToken)
    {
        var found = await OpenAsync(secret, cancellationToken);
        if (found.Value is not { } invitation)
        {
            return found.Error!;
        }

        var names = await db.Patients.AsNoTracking().Where(p => p.Id == invitation.PatientId)
            .Join(db.Practices, p => p.PracticeId, practice => practice.Id, (p, practice) => new { p.FirstName, Practice = practice.Name })
            .SingleAsync(cancellationToken);
        var hasAccount = await db.Users.AnyAsync(u => u.NormalizedUserName == normalizer.NormalizeName(invitation.Email), cancellationToken);
        return new InvitationView(invitation.Kind, invitation.InviteeName, invitation.Email, names.FirstName, names.Practice, invitation.ExpiresAt, invitation.AccessUntil, hasAccount);
    }

    /// <returns>The user who can now sign in.</returns>
    public async Task<Result<Guid>> AcceptAsync(string secret, string password, CancellationToken cancellationToken)
    {
        var found = await OpenAsync(secret, cancellationToken);
        if (found.Value is not { } invitation)
        {
            return found.Error!;
        }

        // The existing sign-in's password is checked before the transaction: a wrong one must
        // count towards its lockout even though nothing else is written.
        var existing = await ExistingAccountAsync(invitation, password, cancellationToken);
        if (!existing.Succeeded)
        {
            return existing.Error!;
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = existing.Value is { } existingId ? existingId : await NewUserAsync(invitation, password, cancellationToken);
        if (!user.Succeeded)
        {
            return user.Error!;
        }

        var userId = user.Value;

        if (invitation.Kind == PortalInviteeKind.Caregiver)
        {
            db.CaregiverGrants.Add(CaregiverGrant.Create(invitation.PracticeId, invitation.PatientId, userId, now, invitation.AccessUntil!.Value));
        }

        await db.SaveChangesAsync(cancellationToken);
        var claimed = await db.PortalInvitations
            .Where(i => i.Id == invitation.Id && i.AcceptedAt == null && i.WithdrawnAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAt, now).SetProperty(i => i.AcceptedUserId, userId), cancellationToken);
        if (claimed != 1)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return Unusable();
        }

        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.Create, $"portal invitation {invitation.Id} accepted by user {userId}", invitation.PatientId, invitation.PracticeId), cancellationToken);
        return userId;
    }

    /// <returns>The existing sign-in's id once its password is confirmed; null when there is none yet.</returns>
    private async Task<Result<Guid?>> ExistingAccountAsync(PortalInvitation invitation, string password, CancellationToken cancellationToken)
    {
        var normalized = normalizer.NormalizeName(invitation.Email);
        var existing = await db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        if (existing is null)
        {
            return (Guid?)null;
        }

        // Someone who already cares for another patient adds this one to the sign-in they have.
        var isCaregiver = await db.UserRoles.AnyAsync(r => r.UserId == existing.Id && db.Roles.Any(role => role.Id == r.RoleId && role.Name == Roles.Caregiver), cancellationToken);
        if (invitation.Kind != PortalInviteeKind.Caregiver || !isCaregiver)
        {
            return new BusinessError(UserAccounts.ExistsCode, $"There is already a sign-in for {invitation.Email}; ask the practice to invite a different address.");
        }

        return await passwords.CheckAsync(existing, password) switch
        {
            ExistingPasswordOutcome.Accepted => existing.Id,
            ExistingPasswordOutcome.LockedOut => new BusinessError(LockedOutCode, "Password: your sign-in is locked after too many wrong passwords. Try again later, or ask the practice to unlock it."),
            _ => new BusinessError(WrongPasswordCode, "Password: enter the password of your existing sign-in to add this patient to it."),
        };
    }

    private async Task<Result<Guid>> NewUserAsync(PortalInvitation invitation, string password, CancellationToken cancellationToken)
    {
        var role = invitation.Kind == PortalInviteeKind.Patient ? Roles.Patient : Roles.Caregiver;
        var account = new NewAccount(invitation.Email, invitation.InviteeName, role,
            PatientId: invitation.Kind == PortalInviteeKind.Patient ? invitation.PatientId : null);
        var created = await accounts.AddAsync(account, password, mustChangePassword: false, cancellationToken);
        return created.Value is { } user ? user.Id : created.Error!;
    }

    private async Task<Result<PortalInvitation>> OpenAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = Secrets.Hash(secret ?? string.Empty);
        var invitation = await db.PortalInvitations.AsNoTracking().SingleOrDefaultAsync(i => i.SecretHash == hash, cancellationToken);
        if (invitation is null || invitation.StateAt(clock.GetUtcNow()) != PortalInvitationState.Open)
        {
            return Unusable();
        }

        return invitation;
    }

    private static BusinessError Unusable() =>
        new(PortalManagers.InvitationUnusableCode, "This invitation link cannot be used: it has expired, was already used, or was withdrawn. Ask the practice for a new one.");
}

/// <param name="PatientFirstName">Only the first name: the link may have reached the wrong person.</param>
/// <param name="HasAccount">Whether a sign-in already exists for the e-mail address.</param>
public sealed record InvitationView(
    PortalInviteeKind Kind,
    string InviteeName,
    string Email,
    string PatientFirstName,
    string PracticeName,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? AccessUntil,
    bool HasAccount);
