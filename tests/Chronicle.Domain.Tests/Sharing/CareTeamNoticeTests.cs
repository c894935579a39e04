namespace Chronicle.Domain.Tests.Sharing;

using System.Globalization;
using Chronicle.Domain.Common;
using Chronicle.Domain.Sharing;

public sealed class CareTeamNoticeTests
{
    private static readonly DateTimeOffset Created = DateTimeOffset.Parse("2026-03-10T15:30:00.1234567-05:00", CultureInfo.InvariantCulture);

    [Fact]
    public void A_notice_is_open_until_acknowledged_and_a_second_acknowledgement_keeps_the_first()
    {
        var notice = CareTeamNotice.Create(PracticeId.New(), PatientId.New(), CareTeamNoticeKind.PortalOptOut, "Stopped CCM", new DateOnly(2026, 3, 31), Created, "Harold");
        var first = Created.AddHours(2);

        Assert.True(notice.IsOpen);
        Assert.True(notice.Acknowledge(first, "r.castillo"));
        Assert.False(notice.Acknowledge(first.AddHours(1), "a.okafor"));

        Assert.False(notice.IsOpen);
        Assert.Equal("r.castillo", notice.AcknowledgedBy);
        Assert.Equal(DateTimeOffset.Parse("2026-03-10T22:30:00.123Z", CultureInfo.InvariantCulture), notice.AcknowledgedAt);
        Assert.Equal(DateTimeOffset.Parse("2026-03-10T20:30:00.123Z", CultureInfo.InvariantCulture), notice.CreatedAt);
        Assert.Equal(TimeSpan.Zero, notice.CreatedAt.Offset);
    }

    [Theory]
    [InlineData("", "someone")]
    [InlineData("   ", "someone")]
    [InlineData("Stopped CCM", "")]
    public void A_notice_needs_a_text_and_who_caused_it(string text, string by) =>
        Assert.ThrowsAny<ArgumentException>(() => CareTeamNotice.Create(PracticeId.New(), PatientId.New(), CareTeamNoticeKind.PortalOptOut, text, new DateOnly(2026, 3, 31), Created, by));

    [Fact]
    public void Text_longer_than_the_column_is_cut_to_fit()
    {
        var notice = CareTeamNotice.Create(PracticeId.New(), PatientId.New(), CareTeamNoticeKind.PortalOptOut, new string('x', 1000), new DateOnly(2026, 3, 31), Created, "Harold");

        Assert.Equal(CareTeamNotice.MaxTextLength, notice.Text.Length);
    }
}
