namespace Chronicle.Domain.Time;

using Chronicle.Domain.Common;

/// <summary>A practice's own time rules, where it has set them; <see cref="TimePolicy.Default"/> otherwise.</summary>
public sealed class PracticeTimePolicy
{
    public const string BackdateLimitName = "back-date limit";
    public const string LongTimerName = "long timer";

    private PracticeTimePolicy()
    {
    }

    public PracticeId PracticeId { get; private set; }

    public int BackdateDays { get; private set; }

    public int LongTimerMinutes { get; private set; }

    public TimePolicy Policy => TimePolicy.Default with { BackdateDays = BackdateDays, LongTimer = TimeSpan.FromMinutes(LongTimerMinutes) };

    public static PracticeTimePolicy Create(PracticeId practiceId, int backdateDays, int longTimerMinutes)
    {
        var policy = new PracticeTimePolicy { PracticeId = practiceId };
        policy.Change(backdateDays, longTimerMinutes);
        return policy;
    }

    public void Change(int backdateDays, int longTimerMinutes)
    {
        if (backdateDays is < 0 or > 366)
        {
            throw new InvalidValueException(BackdateLimitName, $"The back-date limit is from 0 to 366 days, not {backdateDays}.");
        }

        if (longTimerMinutes is < 10 or > 720)
        {
            throw new InvalidValueException(LongTimerName, $"The long-timer question comes after 10 to 720 minutes, not {longTimerMinutes}.");
        }

        BackdateDays = backdateDays;
        LongTimerMinutes = longTimerMinutes;
    }
}
