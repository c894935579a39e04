namespace Chronicle.Domain.Tests.Sharing;

using Chronicle.Domain.Common;
using Chronicle.Domain.Sharing;

public sealed class PortalInvitationTests
{
    private static readonly DateTimeOffset Issued = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, "Open")]
    [InlineData(6 * 24, "Open")]
    [InlineData(7 * 24, "Expired")]
    [InlineData(30 * 24, "Expired")]
    public void An_invitation_is_open_for_seven_days(int hoursLater, string expected)
    {
        var invitation = Caregiver(Issued.AddYears(1));

        Assert.Equal(expected, invitation.StateAt(Issued.AddHours(hoursLater)).ToString());
    }

    [Fact]
    public void Only_an_open_invitation_can_be_withdrawn()
    {
        var invitation = Caregiver(Issued.AddYears(1));

        Assert.False(invitation.Withdraw(Issued.AddDays(8)));
        Assert.True(invitation.Withdraw(Issued.AddDays(1)));
        Assert.Equal(PortalInvitationState.Withdrawn, invitation.StateAt(Issued.AddDays(2)));
        Assert.False(invitation.Withdraw(Issued.AddDays(2)));
    }

    [Fact]
    public void A_caregiver_invitation_needs_access_lasting_past_its_own_week()
    {
        Assert.Throws<InvalidValueException>(() => Caregiver(null));
        Assert.Throws<InvalidValueException>(() => Caregiver(Issued.AddDays(7)));
        Assert.Equal(Issued.AddDays(8), Caregiver(Issued.AddDays(8)).AccessUntil);
    }

    [Fact]
    public void A_patient_invitation_carries_no_grant_period_or_relationship()
    {
        var request = new PortalInvitationRequest(PracticeId.New(), PatientId.New(), PortalInviteeKind.Patient, "p@mail.example", "Pat Example", "self", Issued.AddYears(1));

        var invitation = PortalInvitation.Issue(request, new string('a', 64), Issued, "rn");

        Assert.Null(invitation.AccessUntil);
        Assert.Null(invitation.Relationship);
        Assert.Equal(Issued + PortalInvitation.Lifetime, invitation.ExpiresAt);
    }

    private static PortalInvitation Caregiver(DateTimeOffset? until) =>
        PortalInvitation.Issue(
            new PortalInvitationRequest(PracticeId.New(), PatientId.New(), PortalInviteeKind.Caregiver, "c@mail.example", "Care Giver", "son", until),
            new string('b', 64), Issued, "rn");
}
