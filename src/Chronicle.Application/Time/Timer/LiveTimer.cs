namespace Chronicle.Application.Time.Timer;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Time;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The signed-in person's live timer, whose state lives on the server (a row per person), so a
/// reload or a second tab sees the same timer: read it, start it for a patient, pause, resume,
/// change what it is for, or discard it. Stopping it into the ledger is <see cref="StopTimer"/>.
/// Two tabs acting at once are kept apart by the row's version: the second gets TIMER-CONCURRENT.
/// </summary>
public sealed class LiveTimer(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public const string ConcurrentCode = "TIMER-CONCURRENT";

    public async Task<Result<TimerView?>> GetAsync(CancellationToken cancellationToken)
    {
        var timer = await MineAsync(cancellationToken);
        return timer is null ? (TimerView?)null : await ViewAsync(timer, cancellationToken);
    }

    public async Task<Result<TimerView>> StartAsync(StartTimerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var work = new TimeWork(db, access, audit);
        if (!work.CanWrite)
        {
            return new BusinessError(TimeWork.NotAllowedCode, "Your role can read time but not log it.");
        }

        var scope = await work.PatientAsync(input.PatientId, cancellationToken);
        if (scope.Value is not { } found)
        {
            return scope.Error!;
        }

        var program = CarePrograms.TryParse(input.Program);
        var activity = TimeActivities.TryParse(input.Activity);
        if (!program.IsValid || !activity.IsValid)
        {
            return new BusinessError(TimeInputParser.InvalidCode, program.IsValid ? $"activity: {activity.Error}" : $"program: {program.Error}");
        }

        if (await work.OwnStaffIdAsync(cancellationToken) is not { } staffId)
        {
            return new BusinessError(TimeWork.NotAllowedCode, "Your account has no staff record, so it cannot time work; log the time for the person who did it.");
        }

        if (await MineAsync(cancellationToken) is { } running)
        {
            return new BusinessError(TimeCodes.TimerRunning, running.PatientId == found.Patient.Id
                ? "Your timer is already running for this patient."
                : "Your timer is running for another patient; stop it there first (one timer per person).");
        }

        var timer = RunningTimer.Start(found.Practice.Id, access.Actor.UserId, staffId, found.Patient.Id, program.Value, activity.Value, input.Note, clock.GetUtcNow());
        db.RunningTimers.Add(timer);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return new BusinessError(TimeCodes.TimerRunning, "Your timer was started a moment ago in another tab.");
        }

        return await ViewAsync(timer, cancellationToken);
    }

    public Task<Result<TimerView>> PauseAsync(CancellationToken cancellationToken) => ChangeAsync(t => t.Pause(clock.GetUtcNow()), cancellationToken);

    public Task<Result<TimerView>> ResumeAsync(CancellationToken cancellationToken) => ChangeAsync(t => t.Resume(clock.GetUtcNow()), cancellationToken);

    public Task<Result<TimerView>> DescribeAsync(string activity, string? note, CancellationToken cancellationToken) => ChangeAsync(t =>
    {
        var parsed = TimeActivities.TryParse(activity);
        if (!parsed.IsValid)
        {
            return Outcome.Fail(TimeInputParser.InvalidCode, $"activity: {parsed.Error}");
        }

        t.Describe(parsed.Value, note);
        return Outcome.Ok;
    }, cancellationToken);

    /// <summary>Throws the timer away: nothing is logged.</summary>
    public async Task<Result<bool>> DiscardAsync(CancellationToken cancellationToken)
    {
        if (await MineAsync(cancellationToken, tracked: true) is not { } timer)
        {
            return new BusinessError(TimeCodes.TimerNotRunning, "You have no timer running.");
        }

        db.RunningTimers.Remove(timer);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new BusinessError(ConcurrentCode, "The timer changed in another tab; reload to see it.");
        }

        return true;
    }

    internal Task<RunningTimer?> MineAsync(CancellationToken cancellationToken, bool tracked = false)
    {
        var userId = access.Actor.UserId;
        var timers = tracked ? db.RunningTimers : db.RunningTimers.AsNoTracking();
        return timers.SingleOrDefaultAsync(t => t.UserId == userId, cancellationToken);
    }

    internal async Task<TimerView> ViewAsync(RunningTimer timer, CancellationToken cancellationToken)
    {
        var patient = await db.Patients.AsNoTracking().Where(p => p.Id == timer.PatientId).Select(p => new { p.Mrn, p.LastName, p.FirstName }).SingleAsync(cancellationToken);
        var policy = await TimePolicies.OfAsync(db, timer.PracticeId, cancellationToken);
        return TimerView.Of(timer, patient.Mrn, $"{patient.LastName}, {patient.FirstName}", clock.GetUtcNow(), policy);
    }

    private async Task<Result<TimerView>> ChangeAsync(Func<RunningTimer, Outcome> change, CancellationToken cancellationToken)
    {
        if (await MineAsync(cancellationToken, tracked: true) is not { } timer)
        {
            return new BusinessError(TimeCodes.TimerNotRunning, "You have no timer running.");
        }

        var outcome = change(timer);
        if (outcome.Failure is { } refused)
        {
            return new BusinessError(refused.Code, refused.Message);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new BusinessError(ConcurrentCode, "The timer changed in another tab; reload to see it.");
        }

        return await ViewAsync(timer, cancellationToken);
    }
}
