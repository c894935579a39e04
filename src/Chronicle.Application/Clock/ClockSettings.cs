namespace Chronicle.Application.Clock;

using System.Globalization;

/// <summary>
/// A set clock for the web host and the CLI outside Production (ADR 0241): <c>Chronicle:Clock:Now</c>
/// (or the variable <c>CHRONICLE_CLOCK_NOW</c>) names an instant, or a date meaning 12:00 UTC of it;
/// the clock stays there, or with <c>Chronicle:Clock:Runs=true</c> starts there when the process starts and runs. Tests and
/// demos use it to be on a chosen day; in Production it is ignored, with a warning.
/// </summary>
public sealed record ClockSettings(DateTimeOffset Start, bool Runs)
{
    public const string NowKey = "Chronicle:Clock:Now";
    public const string RunsKey = "Chronicle:Clock:Runs";
    public const string NowVariable = "CHRONICLE_CLOCK_NOW";

    /// <summary>The settings, none when <paramref name="now"/> is blank, or the one-line problem with them.</summary>
    public static (ClockSettings? Settings, string? Problem) Read(string? now, string? runs)
    {
        if (string.IsNullOrWhiteSpace(now))
        {
            return (null, null);
        }

        var text = now.Trim();
        DateTimeOffset start;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            start = new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        }
        else if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out start))
        {
            return (null, $"{NowKey}: '{text}' is not an instant such as 2026-12-03T15:00:00Z or a date such as 2026-12-03.");
        }

        var running = false;
        if (!string.IsNullOrWhiteSpace(runs) && !bool.TryParse(runs.Trim(), out running))
        {
            return (null, $"{RunsKey}: '{runs.Trim()}' is not true or false.");
        }

        return (new ClockSettings(start, running), null);
    }

    /// <summary>"fixed at 2026-12-03T15:00:00Z", or "set to start at … and run".</summary>
    public string Describe() => Runs
        ? string.Create(CultureInfo.InvariantCulture, $"set to start at {Start:yyyy-MM-ddTHH:mm:ssZ} and run")
        : string.Create(CultureInfo.InvariantCulture, $"fixed at {Start:yyyy-MM-ddTHH:mm:ssZ}");

    /// <summary>The clock these settings describe; timestamps (elapsed time, timers) stay the machine's.</summary>
    public TimeProvider CreateProvider(TimeProvider machine) => new SetClock(this, machine);

    /// <summary>
    /// A running clock counts from the first time one is made in the process, not from each one made,
    /// so every host and command in one process (the CLI invoked many times by a test run) reads one
    /// clock that never goes back.
    /// </summary>
    private static readonly long ProcessStarted = TimeProvider.System.GetTimestamp();

    private sealed class SetClock(ClockSettings settings, TimeProvider machine) : TimeProvider
    {
        private readonly long _started = ProcessStarted;

        public override TimeZoneInfo LocalTimeZone => machine.LocalTimeZone;

        public override long TimestampFrequency => machine.TimestampFrequency;

        public override DateTimeOffset GetUtcNow() => settings.Runs ? settings.Start + machine.GetElapsedTime(_started) : settings.Start;

        public override long GetTimestamp() => machine.GetTimestamp();
    }
}
