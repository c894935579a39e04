namespace Chronicle.Domain.Sharing;

using Chronicle.Domain.Common;

/// <summary>The record is shared with a provider outside the practice (a specialist, a hospital team).</summary>
public sealed class ProviderShare : AccessGrant
{
    private ProviderShare()
    {
    }

    public static ProviderShare Create(PracticeId practiceId, PatientId patientId, Guid providerUserId, DateTimeOffset sharedAt, DateTimeOffset expiresAt)
    {
        var share = new ProviderShare();
        share.Initialise(practiceId, patientId, providerUserId, sharedAt, expiresAt);
        return share;
    }
}
