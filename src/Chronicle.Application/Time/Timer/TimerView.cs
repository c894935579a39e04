namespace Chronicle.Application.Time.Timer;

using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Time;

/// <summary>
/// A person's running timer as the page shows it: for which patient, what, and the seconds run as
/// of <paramref name="AsOf"/> (the browser adds the seconds since, while <paramref name="Running"/>).
/// </summary>
public sealed record TimerView(
    Guid Id,
    Guid PatientId,
    string PatientMrn,
    string PatientName,
    string Program,
    string Activity,
    string? Note,
    DateTimeOffset StartedAt,
    bool Running,
    int ElapsedSeconds,
    DateTimeOffset AsOf,
    int LongTimerSeconds)
{
    internal static TimerView Of(RunningTimer timer, string mrn, string name, DateTimeOffset now, TimePolicy policy) => new(
        timer.Id.Value, timer.PatientId.Value, mrn, name, timer.Program.ToCode(), timer.Activity.ToCode(), timer.Note,
        timer.StartedAt, !timer.IsPaused, timer.ElapsedSeconds(now), now, (int)policy.LongTimer.TotalSeconds);
}

/// <summary>What starting a timer needs: the patient, program, activity and an optional note.</summary>
public sealed record StartTimerInput(Guid PatientId, string Program, string Activity, string? Note = null);

/// <summary>What stopping a timer needs: whether a long run is confirmed and whether the patient was an inpatient.</summary>
public sealed record StopTimerInput(bool ConfirmLong = false, bool Inpatient = false, string? Activity = null, string? Note = null);
