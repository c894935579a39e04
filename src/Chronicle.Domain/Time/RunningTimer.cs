namespace Chronicle.Domain.Time;

using System.Globalization;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>
/// A person's live timer, kept on the server so that it survives a reload and shows the same in a
/// second tab. One per person (the data layer makes the user unique). It is working state, not the
/// ledger: stopping it turns it into one time entry that starts when the timer was first started
/// and lasts the seconds it ran, pauses left out, and the timer row is removed.
/// </summary>
public sealed class RunningTimer
{
    private RunningTimer()
    {
        UserId = string.Empty;
    }

    public RunningTimerId Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    /// <summary>The signed-in user the timer belongs to.</summary>
    public string UserId { get; private set; }

    public StaffId StaffId { get; private set; }

    public PatientId PatientId { get; private set; }

    public CareProgram Program { get; private set; }

    public TimeActivity Activity { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>When the current run began; null while paused.</summary>
    public DateTimeOffset? RunningSince { get; private set; }

    /// <summary>Seconds run before <see cref="RunningSince"/>.</summary>
    public int AccumulatedSeconds { get; private set; }

    /// <summary>Grows with every change; the concurrency token, so two tabs cannot both pause it.</summary>
    public int Version { get; private set; }

    public bool IsPaused => RunningSince is null;

    public static RunningTimer Start(PracticeId practiceId, string userId, StaffId staffId, PatientId patientId, CareProgram program, TimeActivity activity, string? note, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return new RunningTimer
        {
            Id = RunningTimerId.New(),
            PracticeId = practiceId,
            UserId = userId,
            StaffId = staffId,
            PatientId = patientId,
            Program = program,
            Activity = activity,
            Note = Clean(note),
            StartedAt = now.ToUniversalTime(),
            RunningSince = now.ToUniversalTime(),
            Version = 1,
        };
    }

    public int ElapsedSeconds(DateTimeOffset now) =>
        AccumulatedSeconds + (RunningSince is { } since && now > since ? (int)Math.Min(int.MaxValue / 2, (now - since).TotalSeconds) : 0);

    public Outcome Pause(DateTimeOffset now)
    {
        if (IsPaused)
        {
            return Outcome.Fail(TimeCodes.TimerNotRunning, "The timer is already paused.");
        }

        AccumulatedSeconds = ElapsedSeconds(now);
        RunningSince = null;
        Version++;
        return Outcome.Ok;
    }

    public Outcome Resume(DateTimeOffset now)
    {
        if (!IsPaused)
        {
            return Outcome.Fail(TimeCodes.TimerRunning, "The timer is already running.");
        }

        RunningSince = now.ToUniversalTime();
        Version++;
        return Outcome.Ok;
    }

    public void Describe(TimeActivity activity, string? note)
    {
        Activity = activity;
        Note = Clean(note);
        Version++;
    }

    /// <summary>
    /// The entry the timer stops into. A timer that ran longer than the policy's long-timer limit
    /// is refused with TIMER-CONFIRM-LONG until the person confirms the time is real.
    /// </summary>
    public Outcome<TimeEntryDraft> Stop(PerformerClass performer, bool inpatient, bool confirmedLong, TimePolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var seconds = ElapsedSeconds(now);
        if (seconds < 1)
        {
            return Outcome<TimeEntryDraft>.Fail(TimeCodes.TimerTooShort, "The timer has not run for a second yet; nothing to save.");
        }

        if (seconds > policy.LongTimer.TotalSeconds && !confirmedLong)
        {
            return Outcome<TimeEntryDraft>.Fail(TimeCodes.TimerConfirmLong, string.Create(CultureInfo.InvariantCulture,
                $"The timer has run for {seconds / 3600} h {seconds % 3600 / 60:D2} min. Was all of it care-management time? Confirm to save it, or stop and correct it."));
        }

        return Outcome<TimeEntryDraft>.Ok(new TimeEntryDraft(
            PracticeId, PatientId, Program, StaffId, performer, Activity, StartedAt, seconds, Note, TimeSource.Timer, inpatient));
    }

    private static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}
