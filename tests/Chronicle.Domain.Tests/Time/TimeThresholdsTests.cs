namespace Chronicle.Domain.Tests.Time;

using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Time;

/// <summary>Thresholds reached and the next one, per program and track; the month's pace.</summary>
public sealed class TimeThresholdsTests
{
    // Track by its base code; every ladder and cap comes from the year's rule set (CY 2026).
    [Theory]
    [InlineData(CareProgram.Ccm, 0, 0, "99490", "", 20, 20)]
    [InlineData(CareProgram.Ccm, 19, 0, "99490", "", 20, 1)]
    [InlineData(CareProgram.Ccm, 20, 0, "99490", "99490", 40, 20)]
    [InlineData(CareProgram.Ccm, 39, 0, "99490", "99490", 40, 1)]
    [InlineData(CareProgram.Ccm, 45, 0, "99490", "99490,99439", 60, 15)]
    [InlineData(CareProgram.Ccm, 10, 10, "99490", "99490", 40, 20)]
    [InlineData(CareProgram.Ccm, 75, 0, "99490", "99490,99439,99439", 0, 0)]
    [InlineData(CareProgram.Ccm, 0, 30, "99491", "99491", 60, 30)]
    [InlineData(CareProgram.Ccm, 0, 95, "99491", "99491,99437,99437", 0, 0)]
    [InlineData(CareProgram.Ccm, 60, 0, "99487", "99487", 90, 30)]
    [InlineData(CareProgram.Ccm, 89, 0, "99487", "99487", 90, 1)]
    [InlineData(CareProgram.Pcm, 29, 0, "99426", "", 30, 1)]
    [InlineData(CareProgram.Pcm, 30, 0, "99426", "99426", 60, 30)]
    [InlineData(CareProgram.Pcm, 0, 60, "99424", "99424,99425", 90, 30)]
    [InlineData(CareProgram.Pcm, 0, 90, "99424", "99424,99425,99425", 0, 0)]
    public void Reports_thresholds_reached_and_the_next_one(CareProgram program, int clinical, int practitioner, string track, string reached, int next, int toNext)
    {
        var minutes = new MonthMinutes(clinical * 60, practitioner * 60, (clinical + practitioner) * 60, 0, 0, 0);

        var progress = ThresholdTrack.Progress(RuleSets.Cy2026, program, minutes).Single(p => p.Track.Family.BaseCode.Value == track);

        Assert.Equal(reached, string.Join(",", progress.Reached.Select(s => s.Code)));
        Assert.Equal(next, progress.Next?.Minutes ?? 0);
        Assert.Equal(toNext, progress.ToNext.Value);
    }

    [Theory]
    [InlineData(CareProgram.Ccm, "99490")]
    [InlineData(CareProgram.Pcm, "99426")]
    public void The_track_a_care_manager_works_toward_is_the_programs_all_minutes_ladder(CareProgram program, string code)
    {
        Assert.Equal(code, ThresholdTrack.Primary(RuleSets.Cy2026, program).Steps[0].Code);
        Assert.Equal(code, ThresholdTrack.For(RuleSets.Cy2025, program)[0].Family.BaseCode.Value);
    }

    [Theory]
    [InlineData(20, "2026-01-10", PaceStatus.Met)]
    [InlineData(0, "2026-01-01", PaceStatus.OnTrack)]
    [InlineData(10, "2026-01-16", PaceStatus.OnTrack)]
    [InlineData(5, "2026-01-16", PaceStatus.AtRisk)]
    [InlineData(0, "2026-01-31", PaceStatus.AtRisk)]
    [InlineData(5, "2026-02-01", PaceStatus.CannotMakeIt)]
    [InlineData(0, "2025-12-20", PaceStatus.OnTrack)]
    public void The_pace_compares_minutes_with_the_days_gone_and_left(int minutes, string today, PaceStatus status)
    {
        var month = new BillingMonth(2026, 1);

        Assert.Equal(status, MonthPace.Status(new Minutes(minutes), 20, month, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Thirty_minutes_needed_on_the_last_day_cannot_be_made()
    {
        var month = new BillingMonth(2026, 1);

        Assert.Equal(1, MonthPace.DaysLeft(month, month.LastDay));
        Assert.Equal(PaceStatus.CannotMakeIt, MonthPace.Status(Minutes.Zero, 30, month, month.LastDay));
        Assert.Equal(PaceStatus.AtRisk, MonthPace.Status(new Minutes(10), 30, month, month.LastDay));
    }
}
