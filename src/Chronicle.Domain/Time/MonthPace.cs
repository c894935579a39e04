namespace Chronicle.Domain.Time;

using Chronicle.Domain.Common;

/// <summary>Where a patient-month stands against its first billable threshold.</summary>
public enum PaceStatus
{
    AtRisk = 1,
    OnTrack = 2,
    CannotMakeIt = 3,
    Met = 4,
}

public static class PaceStatuses
{
    public static string ToCode(this PaceStatus status) => status switch
    {
        PaceStatus.Met => "met",
        PaceStatus.OnTrack => "on-track",
        PaceStatus.AtRisk => "at-risk",
        PaceStatus.CannotMakeIt => "cannot-make-it",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    public static string ToLabel(this PaceStatus status) => status switch
    {
        PaceStatus.Met => "Met",
        PaceStatus.OnTrack => "On track",
        PaceStatus.AtRisk => "At risk",
        PaceStatus.CannotMakeIt => "Cannot make it",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };
}

/// <summary>
/// The pace of a month: <see cref="PaceStatus.Met"/> once the first threshold is reached;
/// <see cref="PaceStatus.CannotMakeIt"/> when the minutes still needed exceed what the days left
/// can hold at <see cref="DailyCapacity"/> minutes a day (one long call), or no day is left;
/// <see cref="PaceStatus.OnTrack"/> when the minutes keep up with the threshold spread evenly over
/// the days already past; <see cref="PaceStatus.AtRisk"/> otherwise. Days left count today.
/// </summary>
public static class MonthPace
{
    public const int DailyCapacity = 20;

    public static int DaysLeft(BillingMonth month, DateOnly today)
    {
        if (today < month.FirstDay)
        {
            return month.DayCount;
        }

        return today > month.LastDay ? 0 : month.LastDay.DayNumber - today.DayNumber + 1;
    }

    public static PaceStatus Status(Minutes minutes, int target, BillingMonth month, DateOnly today)
    {
        if (minutes.Value >= target)
        {
            return PaceStatus.Met;
        }

        var daysLeft = DaysLeft(month, today);
        var needed = target - minutes.Value;
        if (daysLeft == 0 || needed > DailyCapacity * daysLeft)
        {
            return PaceStatus.CannotMakeIt;
        }

        var daysPast = month.DayCount - daysLeft;
        return minutes.Value * month.DayCount >= target * daysPast ? PaceStatus.OnTrack : PaceStatus.AtRisk;
    }
}
