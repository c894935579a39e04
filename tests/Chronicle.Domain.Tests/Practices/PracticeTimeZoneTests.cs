namespace Chronicle.Domain.Tests.Practices;

using System.Globalization;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;

public sealed class PracticeTimeZoneTests
{
    private static readonly PracticeTimeZone Chicago = PracticeTimeZone.Parse("America/Chicago");

    [Theory]
    [InlineData("2026-02-01T05:30:00Z", "America/Chicago", "2026-01-31", "2026-01")]
    [InlineData("2026-02-01T05:30:00Z", "UTC", "2026-02-01", "2026-02")]
    [InlineData("2026-02-01T05:59:59Z", "America/Chicago", "2026-01-31", "2026-01")]
    [InlineData("2026-02-01T06:00:00Z", "America/Chicago", "2026-02-01", "2026-02")]
    [InlineData("2025-12-31T18:30:00Z", "Asia/Kolkata", "2026-01-01", "2026-01")]
    [InlineData("2025-12-31T11:00:00Z", "Pacific/Auckland", "2026-01-01", "2026-01")]
    [InlineData("2026-01-01T07:59:00Z", "America/Los_Angeles", "2025-12-31", "2025-12")]
    public void An_event_belongs_to_the_month_of_its_local_date(string instant, string zone, string localDate, string month)
    {
        var at = DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);
        var practiceZone = PracticeTimeZone.Parse(zone);

        Assert.Equal(DateOnly.Parse(localDate, CultureInfo.InvariantCulture), practiceZone.LocalDateOf(at));
        Assert.Equal(BillingMonth.Parse(month), practiceZone.MonthOf(at));
    }

    [Fact]
    public void Half_past_eleven_on_31_january_in_chicago_is_january_though_february_in_utc()
    {
        var instant = Chicago.TryToInstant(new DateTime(2026, 1, 31, 23, 30, 0)).Value;

        Assert.Equal(new DateTimeOffset(2026, 2, 1, 5, 30, 0, TimeSpan.Zero), instant);
        Assert.Equal(new BillingMonth(2026, 1), Chicago.MonthOf(instant));
        Assert.Equal(new DateTime(2026, 1, 31, 23, 30, 0), Chicago.ToLocal(instant));
    }

    [Theory]
    [InlineData("2026-01-15T09:00", "2026-01-15T15:00:00Z")]
    [InlineData("2026-07-04T12:00", "2026-07-04T17:00:00Z")]
    [InlineData("2026-03-08T01:59", "2026-03-08T07:59:00Z")]
    [InlineData("2026-03-08T03:00", "2026-03-08T08:00:00Z")]
    [InlineData("2026-11-01T00:59", "2026-11-01T05:59:00Z")]
    [InlineData("2026-11-01T02:00", "2026-11-01T08:00:00Z")]
    public void TryToInstant_converts_ordinary_local_times(string local, string utc)
    {
        var instant = Chicago.TryToInstant(DateTime.Parse(local, CultureInfo.InvariantCulture)).Value;

        Assert.Equal(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Theory]
    [InlineData("2026-03-08T02:00")]
    [InlineData("2026-03-08T02:30")]
    [InlineData("2026-03-08T02:59")]
    public void TryToInstant_refuses_a_time_the_spring_change_skips(string local)
    {
        var result = Chicago.TryToInstant(DateTime.Parse(local, CultureInfo.InvariantCulture));

        Assert.False(result.IsValid);
        Assert.Contains("does not exist in America/Chicago (the clocks skip it)", result.Error, StringComparison.Ordinal);
        Assert.StartsWith(local.Replace('T', ' '), result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-01T01:00", "2026-11-01T06:00:00Z")]
    [InlineData("2026-11-01T01:30", "2026-11-01T06:30:00Z")]
    [InlineData("2026-11-01T01:59", "2026-11-01T06:59:00Z")]
    public void TryToInstant_takes_the_first_occurrence_of_the_repeated_autumn_hour(string local, string firstOccurrence)
    {
        Assert.Equal(DateTimeOffset.Parse(firstOccurrence, CultureInfo.InvariantCulture), Chicago.TryToInstant(DateTime.Parse(local, CultureInfo.InvariantCulture)).Value);
    }

    [Fact]
    public void TryToInstant_reads_the_wall_clock_whatever_the_kind_of_the_date_time()
    {
        var utcKind = new DateTime(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc);

        Assert.Equal(new DateTimeOffset(2026, 1, 15, 15, 0, 0, TimeSpan.Zero), Chicago.TryToInstant(utcKind).Value);
    }

    [Fact]
    public void TryToInstant_refuses_the_ends_of_the_calendar_without_throwing()
    {
        Assert.Contains("outside the range", Chicago.TryToInstant(DateTime.MinValue).Error, StringComparison.Ordinal);
        Assert.Contains("outside the range", Chicago.TryToInstant(DateTime.MaxValue).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("America/Chicago", "2026-01", "2026-01-01T06:00:00Z", "2026-02-01T06:00:00Z")]
    [InlineData("America/Chicago", "2026-03", "2026-03-01T06:00:00Z", "2026-04-01T05:00:00Z")]
    [InlineData("America/Chicago", "2026-11", "2026-11-01T05:00:00Z", "2026-12-01T06:00:00Z")]
    [InlineData("America/Chicago", "2025-12", "2025-12-01T06:00:00Z", "2026-01-01T06:00:00Z")]
    [InlineData("UTC", "2026-02", "2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z")]
    [InlineData("Asia/Kolkata", "2026-01", "2025-12-31T18:30:00Z", "2026-01-31T18:30:00Z")]
    [InlineData("Pacific/Auckland", "2026-04", "2026-03-31T11:00:00Z", "2026-04-30T12:00:00Z")]
    public void Bounds_are_the_utc_instants_of_local_midnight_at_each_end(string zone, string month, string start, string end)
    {
        var (from, to) = PracticeTimeZone.Parse(zone).Bounds(BillingMonth.Parse(month));

        Assert.Equal(DateTimeOffset.Parse(start, CultureInfo.InvariantCulture), from);
        Assert.Equal(DateTimeOffset.Parse(end, CultureInfo.InvariantCulture), to);
    }

    [Fact]
    public void Where_clocks_spring_forward_at_midnight_the_month_starts_at_the_change()
    {
        // Paraguay moved its clocks from 00:00 to 01:00 on Sunday 1 October 2023.
        var asuncion = PracticeTimeZone.Parse("America/Asuncion");
        var midnight = new DateTime(2023, 10, 1, 0, 0, 0);
        Assert.False(asuncion.TryToInstant(midnight).IsValid);

        var (start, end) = asuncion.Bounds(new BillingMonth(2023, 10));

        Assert.Equal(new DateTimeOffset(2023, 10, 1, 4, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(new DateTime(2023, 10, 1, 1, 0, 0), asuncion.ToLocal(start));
        Assert.Equal(new BillingMonth(2023, 9), asuncion.MonthOf(start.AddTicks(-1)));
        Assert.Equal(new DateTimeOffset(2023, 11, 1, 3, 0, 0, TimeSpan.Zero), end);
    }

    [Theory]
    [InlineData("America/Chicago", 2026)]
    [InlineData("Europe/London", 2026)]
    [InlineData("Australia/Lord_Howe", 2026)]
    [InlineData("America/Asuncion", 2023)]
    [InlineData("America/Santiago", 2024)]
    public void Every_instant_of_a_year_lies_within_the_bounds_of_its_month(string zone, int year)
    {
        var practiceZone = PracticeTimeZone.Parse(zone);
        var first = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var instant = first; instant.Year == year; instant = instant.AddMinutes(30))
        {
            var month = practiceZone.MonthOf(instant);
            var (start, end) = practiceZone.Bounds(month);

            Assert.True(start <= instant && instant < end, $"{instant:O} in {zone} is {month} but outside [{start:O}, {end:O})");
        }
    }

    [Theory]
    [InlineData("America/Chicago", "America/Chicago")]
    [InlineData(" Europe/Berlin ", "Europe/Berlin")]
    [InlineData("UTC", "UTC")]
    [InlineData("Etc/UTC", "Etc/UTC")]
    [InlineData("America/Indiana/Indianapolis", "America/Indiana/Indianapolis")]
    public void Accepts_iana_names(string text, string id)
    {
        var zone = PracticeTimeZone.Parse(text);

        Assert.Equal(id, zone.Id);
        Assert.Equal(id, zone.ToString());
    }

    [Theory]
    [InlineData("Central Standard Time", "is not an IANA time zone such as America/Chicago")]
    [InlineData("Pacific Standard Time", "is not an IANA time zone such as America/Chicago")]
    [InlineData("CST", "is not an IANA time zone such as America/Chicago")]
    [InlineData("Chicago", "is not an IANA time zone such as America/Chicago")]
    [InlineData("America/Springfield", "is not a known IANA time zone")]
    [InlineData("Mars/Olympus_Mons", "is not a known IANA time zone")]
    [InlineData("../../etc/passwd", "is not a known IANA time zone")]
    [InlineData("America/", "is not a known IANA time zone")]
    [InlineData("/", "is not a known IANA time zone")]
    public void Rejects_windows_names_and_garbage(string text, string reason)
    {
        var result = PracticeTimeZone.TryParse(text);

        Assert.False(result.IsValid);
        Assert.Equal($"'{text}' {reason}.", result.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void Rejects_an_empty_name(string? text)
    {
        Assert.Equal("The time zone is empty; give an IANA name such as America/Chicago.", PracticeTimeZone.TryParse(text).Error);
    }

    [Fact]
    public void Parse_throws_with_the_value_name()
    {
        Assert.Equal("time zone", Assert.Throws<InvalidValueException>(() => PracticeTimeZone.Parse("Central Standard Time")).ValueName);
    }
}
