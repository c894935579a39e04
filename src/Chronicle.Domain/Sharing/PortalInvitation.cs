namespace Chronicle.Domain.Sharing;

using Chronicle.Domain.Common;

/// <summary>
/// The practice's invitation for a patient, or someone the patient names as a caregiver, to open
/// the patient portal. It is carried by a secret link, works once, and lapses after
/// <see cref="Lifetime"/>; accepting it creates (or extends) the person's sign-in and, for a
/// caregiver, a grant that ends at <see cref="AccessUntil"/>. Only a hash of the link's secret is kept.
/// </summary>
public sealed class PortalInvitation
{
    /// <summary>Long enough to reach someone by post or phone, short enough that a forwarded link dies soon.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private PortalInvitation()
    {
    }

    public Guid Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    public PortalInviteeKind Kind { get; private set; }

    public string Email { get; private set; } = string.Empty;

    /// <summary>How the invitee is addressed, e.g. "Margaret Abernathy".</summary>
    public string InviteeName { get; private set; } = string.Empty;

    /// <summary>For a caregiver: how they relate to the patient ("daughter", "neighbour").</summary>
    public string? Relationship { get; private set; }

    /// <summary>For a caregiver: when the access the invitation gives ends.</summary>
    public DateTimeOffset? AccessUntil { get; private set; }

    public string SecretHash { get; private set; } = string.Empty;

    public DateTimeOffset IssuedAt { get; private set; }

    public string IssuedBy { get; private set; } = string.Empty;

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public Guid? AcceptedUserId { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public static PortalInvitation Issue(PortalInvitationRequest request, string secretHash, DateTimeOffset at, string issuedBy)
    {
        ArgumentNullException.ThrowIfNull(request);
        var accessUntil = request.Kind == PortalInviteeKind.Caregiver
            ? request.AccessUntil ?? throw new InvalidValueException("access until", "A caregiver's access needs an end date.")
            : (DateTimeOffset?)null;
        if (accessUntil is { } until && until <= at + Lifetime)
        {
            throw new InvalidValueException("access until", "A caregiver's access must last beyond the week the invitation is open.");
        }

        return new PortalInvitation
        {
            Id = Guid.CreateVersion7(at),
            PracticeId = request.PracticeId,
            PatientId = request.PatientId,
            Kind = request.Kind,
            Email = request.Email,
            InviteeName = request.InviteeName,
            Relationship = request.Kind == PortalInviteeKind.Caregiver ? request.Relationship : null,
            AccessUntil = accessUntil?.ToUniversalTime(),
            SecretHash = secretHash,
            IssuedAt = at.ToUniversalTime(),
            IssuedBy = issuedBy,
            ExpiresAt = (at + Lifetime).ToUniversalTime(),
        };
    }

    public PortalInvitationState StateAt(DateTimeOffset instant) =>
        AcceptedAt is not null ? PortalInvitationState.Accepted
        : WithdrawnAt is not null ? PortalInvitationState.Withdrawn
        : instant >= ExpiresAt ? PortalInvitationState.Expired
        : PortalInvitationState.Open;

    /// <summary>Staff take back an invitation not yet accepted (sent to a wrong address, a caregiver the patient no longer wants).</summary>
    public bool Withdraw(DateTimeOffset at)
    {
        if (StateAt(at) != PortalInvitationState.Open)
        {
            return false;
        }

        WithdrawnAt = at.ToUniversalTime();
        return true;
    }
}

public sealed record PortalInvitationRequest(
    PracticeId PracticeId,
    PatientId PatientId,
    PortalInviteeKind Kind,
    string Email,
    string InviteeName,
    string? Relationship,
    DateTimeOffset? AccessUntil);

public enum PortalInviteeKind
{
    Patient,
    Caregiver,
}

public enum PortalInvitationState
{
    Open,
    Accepted,
    Expired,
    Withdrawn,
}
