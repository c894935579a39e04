namespace Chronicle.Domain.Tests.Sharing;

using System.Globalization;
using Chronicle.Domain.Common;
using Chronicle.Domain.Sharing;

public sealed class AccessGrantTests
{
    private static readonly DateTimeOffset Granted = DateTimeOffset.Parse("2026-03-01T12:00:00Z", CultureInfo.InvariantCulture);
    private static readonly DateTimeOffset Expires = DateTimeOffset.Parse("2027-03-01T12:00:00Z", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-03-01T11:59:59Z", null, false)]
    [InlineData("2026-03-01T12:00:00Z", null, true)]
    [InlineData("2026-09-01T00:00:00Z", null, true)]
    [InlineData("2027-03-01T11:59:59Z", null, true)]
    [InlineData("2027-03-01T12:00:00Z", null, false)]
    [InlineData("2026-09-01T00:00:00Z", "2026-08-31T23:59:59Z", false)]
    [InlineData("2026-08-31T23:59:58Z", "2026-08-31T23:59:59Z", true)]
    public void A_grant_is_in_force_from_granting_until_it_expires_or_is_revoked(string at, string? revokedAt, bool active)
    {
        var grant = CaregiverGrant.Create(PracticeId.New(), PatientId.New(), Guid.CreateVersion7(), Granted, Expires);
        if (revokedAt is not null)
        {
            grant.Revoke(DateTimeOffset.Parse(revokedAt, CultureInfo.InvariantCulture));
        }

        Assert.Equal(active, grant.IsActiveAt(DateTimeOffset.Parse(at, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Revoking_twice_keeps_the_first_instant()
    {
        var share = ProviderShare.Create(PracticeId.New(), PatientId.New(), Guid.CreateVersion7(), Granted, Expires);

        share.Revoke(Granted.AddDays(2));
        share.Revoke(Granted.AddDays(5));

        Assert.Equal(Granted.AddDays(2), share.RevokedAt);
    }

    [Fact]
    public void Instants_are_kept_in_utc()
    {
        var local = new DateTimeOffset(2026, 3, 1, 6, 0, 0, TimeSpan.FromHours(-6));

        var grant = CaregiverGrant.Create(PracticeId.New(), PatientId.New(), Guid.CreateVersion7(), local, local.AddDays(30));

        Assert.Equal(TimeSpan.Zero, grant.GrantedAt.Offset);
        Assert.Equal(Granted, grant.GrantedAt);
    }

    [Fact]
    public void A_grant_must_expire_after_it_is_granted_and_name_its_user()
    {
        Assert.Equal("expires at", Assert.Throws<InvalidValueException>(() =>
            CaregiverGrant.Create(PracticeId.New(), PatientId.New(), Guid.CreateVersion7(), Granted, Granted)).ValueName);
        Assert.Equal("user", Assert.Throws<InvalidValueException>(() =>
            ProviderShare.Create(PracticeId.New(), PatientId.New(), Guid.Empty, Granted, Expires)).ValueName);
        var grant = CaregiverGrant.Create(PracticeId.New(), PatientId.New(), Guid.CreateVersion7(), Granted, Expires);
        Assert.Throws<InvalidValueException>(() => grant.Revoke(Granted.AddSeconds(-1)));
    }
}
