namespace Chronicle.Application.Sharing;

using System.Net.Mail;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Sharing;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Staff invite a patient, or a caregiver the patient names, to the portal. The invitation's
/// secret is returned once, to be handed over by the practice (printed, read out, sent from the
/// practice's own mail); Chronicle keeps only its hash.
/// </summary>
public sealed class InviteToPortal(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public const string InvalidCode = "INVITATION-INVALID";
    public const string PatientHasSignInCode = "PATIENT-SIGN-IN-EXISTS";

    /// <summary>A caregiver's access lasts at most this long before it must be renewed.</summary>
    public static readonly TimeSpan LongestCaregiverAccess = TimeSpan.FromDays(3 * 366);

    public async Task<Result<IssuedInvitation>> ExecuteAsync(PortalInvite invite, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invite);
        if (!PortalManagers.MayManage(access.Actor))
        {
            return new BusinessError(PatientAccess.NoAccessCode, "Only the patient's clinicians and the practice's administrators can invite people to the portal.");
        }

        var found = await PortalManagers.PatientAsync(access, invite.PatientId, cancellationToken);
        if (found.Value is not { } patient)
        {
            return found.Error!;
        }

        var now = clock.GetUtcNow();
        var email = invite.Email?.Trim() ?? string.Empty;
        var name = invite.Name?.Trim() ?? string.Empty;
        if (email.Length > 256 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            return new BusinessError(InvalidCode, $"E-mail: '{invite.Email}' is not an e-mail address.");
        }

        if (invite.Kind == PortalInviteeKind.Patient)
        {
            name = $"{patient.FirstName} {patient.LastName}";
            if (await db.Users.AnyAsync(u => u.PatientId == patient.Id, cancellationToken))
            {
                return new BusinessError(PatientHasSignInCode, "The patient already has a portal sign-in.");
            }
        }
        else if (name.Length is 0 or > 200)
        {
            return new BusinessError(InvalidCode, "Name: the caregiver's name is required (at most 200 characters).");
        }

        var until = invite.AccessUntil?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        if (invite.Kind == PortalInviteeKind.Caregiver && (until is null || until <= (now + PortalInvitation.Lifetime).UtcDateTime || until > (now + LongestCaregiverAccess).UtcDateTime))
        {
            return new BusinessError(InvalidCode, "Access until: choose a date more than a week and at most three years away.");
        }

        var secret = Secrets.NewUrlSafe();
        var invitation = PortalInvitation.Issue(
            new PortalInvitationRequest(patient.PracticeId, patient.Id, invite.Kind, email, name, invite.Relationship?.Trim() is { Length: > 0 } r ? r : null,
                until is { } u ? new DateTimeOffset(u) : null),
            Secrets.Hash(secret), now, access.Actor.Name);
        db.PortalInvitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.Create, $"portal invitation {invitation.Id} for a {invite.Kind.ToString().ToLowerInvariant()}", patient.Id, patient.PracticeId), cancellationToken);
        return new IssuedInvitation(invitation.Id, secret, invitation.ExpiresAt, email);
    }
}

/// <param name="Name">The caregiver's name; ignored for the patient, whose name is on record.</param>
public sealed record PortalInvite(Guid PatientId, PortalInviteeKind Kind, string? Email, string? Name, string? Relationship, DateOnly? AccessUntil);

/// <param name="Secret">The link's secret: shown once, stored nowhere.</param>
public sealed record IssuedInvitation(Guid Id, string Secret, DateTimeOffset ExpiresAt, string Email);
