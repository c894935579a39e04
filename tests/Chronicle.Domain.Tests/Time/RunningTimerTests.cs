namespace Chronicle.Domain.Tests.Time;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Time;

/// <summary>The live timer: start, pause, resume and stop into one entry; long timers need a confirmation.</summary>
public sealed class RunningTimerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 20, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Paused_time_is_left_out_of_the_entry_the_timer_stops_into()
    {
        var timer = Start();
        Assert.True(timer.Pause(T0.AddMinutes(5)).Succeeded);
        Assert.Equal(300, timer.ElapsedSeconds(T0.AddMinutes(50)));
        Assert.True(timer.Resume(T0.AddMinutes(50)).Succeeded);

        var draft = timer.Stop(PerformerClass.ClinicalStaff, false, false, TimePolicy.Default, T0.AddMinutes(57)).GetValueOrThrow();

        Assert.Equal(T0, draft.Start);
        Assert.Equal(12 * 60, draft.DurationSeconds);
        Assert.Equal(TimeSource.Timer, draft.Source);
        Assert.Equal("Refill call", draft.Note);
    }

    [Theory]
    [InlineData(false, 121, TimeCodes.TimerConfirmLong)]
    [InlineData(true, 121, null)]
    [InlineData(false, 119, null)]
    public void A_timer_left_running_for_hours_asks_before_it_saves(bool confirmed, int minutes, string? code)
    {
        var outcome = Start().Stop(PerformerClass.ClinicalStaff, false, confirmed, TimePolicy.Default, T0.AddMinutes(minutes));

        Assert.Equal(code, outcome.Failure?.Code);
    }

    [Fact]
    public void Pausing_twice_and_resuming_a_running_timer_are_refused()
    {
        var timer = Start();
        Assert.Equal(TimeCodes.TimerRunning, timer.Resume(T0.AddMinutes(1)).Failure?.Code);
        timer.Pause(T0.AddMinutes(1));
        Assert.Equal(TimeCodes.TimerNotRunning, timer.Pause(T0.AddMinutes(2)).Failure?.Code);
        Assert.Equal(TimeCodes.TimerTooShort, Start().Stop(PerformerClass.ClinicalStaff, false, false, TimePolicy.Default, T0).Failure?.Code);
    }

    private static RunningTimer Start() =>
        RunningTimer.Start(PracticeId.New(), "user-1", StaffId.New(), PatientId.New(), CareProgram.Ccm, TimeActivity.PhoneCall, " Refill call ", T0);
}
