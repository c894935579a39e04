namespace Chronicle.Domain.Sharing;

using Chronicle.Domain.Common;

/// <summary>
/// A patient's permission for one outside person (a caregiver, a provider outside the practice)
/// to see their record: from when it was granted until it expires or is revoked, whichever comes
/// first. Every grant expires, so access nobody renews lapses by itself; a renewal is a new grant.
/// </summary>
public abstract class AccessGrant
{
    protected AccessGrant()
    {
    }

    public AccessGrantId Id { get; private set; }

    /// <summary>The practice that holds the patient's record, so every row carries the practice key.</summary>
    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    /// <summary>The user account (caregiver or outside provider) that may see the record.</summary>
    public Guid UserId { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActiveAt(DateTimeOffset instant) => GrantedAt <= instant && instant < ExpiresAt && (RevokedAt is null || instant < RevokedAt);

    /// <summary>Ends the grant; revoking one already revoked keeps the first instant.</summary>
    public void Revoke(DateTimeOffset at)
    {
        if (at < GrantedAt)
        {
            throw new InvalidValueException("revoked at", "A grant cannot be revoked before it was granted.");
        }

        RevokedAt ??= at.ToUniversalTime();
    }

    protected void Initialise(PracticeId practiceId, PatientId patientId, Guid userId, DateTimeOffset grantedAt, DateTimeOffset expiresAt)
    {
        if (userId == Guid.Empty)
        {
            throw new InvalidValueException("user", "A grant needs the user it is granted to.");
        }

        if (expiresAt <= grantedAt)
        {
            throw new InvalidValueException("expires at", "A grant must expire after it is granted.");
        }

        Id = AccessGrantId.New();
        PracticeId = practiceId;
        PatientId = patientId;
        UserId = userId;
        GrantedAt = grantedAt.ToUniversalTime();
        ExpiresAt = expiresAt.ToUniversalTime();
    }
}

public readonly record struct AccessGrantId(Guid Value)
{
    public static AccessGrantId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
