namespace Chronicle.Domain.Sharing;

using Chronicle.Domain.Common;

/// <summary>A patient lets a caregiver (family member, friend, guardian) see their record.</summary>
public sealed class CaregiverGrant : AccessGrant
{
    private CaregiverGrant()
    {
    }

    public static CaregiverGrant Create(PracticeId practiceId, PatientId patientId, Guid caregiverUserId, DateTimeOffset grantedAt, DateTimeOffset expiresAt)
    {
        var grant = new CaregiverGrant();
        grant.Initialise(practiceId, patientId, caregiverUserId, grantedAt, expiresAt);
        return grant;
    }
}
