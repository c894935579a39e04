namespace Chronicle.IntegrationTests.Time;

using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Application.Time;
using Chronicle.Application.Time.Timer;
using Chronicle.Domain.Time;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The live timer's state on the server: every request (a reload, a second tab) sees the same timer.</summary>
public sealed class LiveTimerTests
{
    private static readonly DateTimeOffset Morning = new(2026, 2, 10, 15, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Start_pause_resume_and_stop_make_one_entry_without_the_pause(string provider)
    {
        await using var world = await TimeWorld.CreateAsync(provider, Morning);
        var nurse = await world.UserForAsync("LS-02");
        await using var services = world.Services(nurse);

        var started = await Timer(services, t => t.StartAsync(new StartTimerInput(world.Patient("LK1001"), "ccm", "phone-call", "Refills"), Ct));
        world.Clock.Advance(TimeSpan.FromMinutes(5));
        await Timer(services, t => t.PauseAsync(Ct));
        world.Clock.Advance(TimeSpan.FromMinutes(30));
        var secondTab = await Timer(services, t => t.GetAsync(Ct));
        await Timer(services, t => t.ResumeAsync(Ct));
        world.Clock.Advance(TimeSpan.FromMinutes(7));
        await Timer(services, t => t.DescribeAsync("medication-reconciliation", "Went over the list", Ct));
        Result<TimeEntryView> stopped;
        await using (var scope = services.CreateAsyncScope())
        {
            stopped = await scope.ServiceProvider.GetRequiredService<StopTimer>().ExecuteAsync(new StopTimerInput(), Ct);
        }

        var after = await Timer(services, t => t.GetAsync(Ct));

        Assert.True(started.Succeeded, started.Error?.ToString());
        Assert.Equal(300, secondTab.Value!.ElapsedSeconds);
        Assert.False(secondTab.Value.Running);
        Assert.True(stopped.Succeeded, stopped.Error?.ToString());
        Assert.Equal(12, stopped.Value!.Minutes);
        Assert.Equal("timer", stopped.Value.Source);
        Assert.Equal("medication-reconciliation", stopped.Value.Activity);
        Assert.Equal("clinical-staff", stopped.Value.Performer);
        Assert.Null(after.Value);
        Assert.Equal(12, (await world.SummaryAsync("2026-02"))["LK1001/ccm"].ClinicalStaffMinutes);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task One_running_timer_per_person_and_a_long_one_asks_before_it_saves(string provider)
    {
        await using var world = await TimeWorld.CreateAsync(provider, Morning);
        var nurse = await world.UserForAsync("LS-02");
        await using var services = world.Services(nurse);
        await Timer(services, t => t.StartAsync(new StartTimerInput(world.Patient("LK1001"), "ccm", "phone-call"), Ct));

        var again = await Timer(services, t => t.StartAsync(new StartTimerInput(world.Patient("LK1001"), "ccm", "phone-call"), Ct));
        var elsewhere = await Timer(services, t => t.StartAsync(new StartTimerInput(world.Patient("LK1002"), "ccm", "phone-call"), Ct));
        world.Clock.Advance(TimeSpan.FromHours(3));
        var unconfirmed = await Stop(services, new StopTimerInput());
        var confirmed = await Stop(services, new StopTimerInput(ConfirmLong: true));
        var nothing = await Stop(services, new StopTimerInput());

        Assert.Equal(TimeCodes.TimerRunning, again.Error?.Code);
        Assert.Equal(TimeCodes.TimerRunning, elsewhere.Error?.Code);
        Assert.Equal(TimeCodes.TimerConfirmLong, unconfirmed.Error?.Code);
        Assert.Equal(180, confirmed.Value!.Minutes);
        Assert.Equal(TimeCodes.TimerNotRunning, nothing.Error?.Code);
        await using var db = world.Database.NewContext();
        Assert.Equal(0, await db.RunningTimers.CountAsync(Ct));
    }

    private static async Task<T> Timer<T>(ServiceProvider services, Func<LiveTimer, Task<T>> call)
    {
        await using var scope = services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<LiveTimer>());
    }

    private static async Task<Result<TimeEntryView>> Stop(ServiceProvider services, StopTimerInput input)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StopTimer>().ExecuteAsync(input, Ct);
    }
}
