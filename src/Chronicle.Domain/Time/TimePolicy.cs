namespace Chronicle.Domain.Time;

/// <summary>
/// A practice's rules for logging time. Manual entries older than <see cref="BackdateDays"/> local
/// days need a reason (reconstructed minutes are what auditors question first); no single entry
/// may run longer than <see cref="MaxDuration"/>; a timer left running longer than
/// <see cref="LongTimer"/> is saved only when the person confirms it.
/// </summary>
public sealed record TimePolicy
{
    public const int MaxNoteLength = 2000;

    public static TimePolicy Default { get; } = new();

    public int BackdateDays { get; init; } = 7;

    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromHours(12);

    public TimeSpan LongTimer { get; init; } = TimeSpan.FromHours(2);
}
