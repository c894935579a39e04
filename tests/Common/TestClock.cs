namespace Chronicle.Tests.Common;

using System.Globalization;
using Chronicle.Application.Clock;

/// <summary>
/// The day the tests live on (ADR 0241): the web apps and the CLI the tests start run on this clock
/// (<see cref="Settings"/>), and a test that needs "now" reads <see cref="Now"/> or <see cref="Provider"/>,
/// never the machine's clock, so no test depends on today's date. <c>CHRONICLE_TEST_NOW</c> moves it
/// (an instant or a date), to run the same tests on a month's first or last day.
/// </summary>
public static class TestClock
{
    public const string Variable = "CHRONICLE_TEST_NOW";

    /// <summary>The 3rd of a month, mid-afternoon in the demo practice's zone: last month is closed, this one has begun.</summary>
    private static readonly DateTimeOffset Default = new(2026, 12, 3, 21, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset Now { get; } = Read();

    /// <summary>
    /// Running from <see cref="Now"/> as the test process goes on, like the apps' clocks: what one step
    /// records is before what the next records (a close, then time changed since it), on the same day.
    /// </summary>
    public static TimeProvider Provider { get; } = new ClockSettings(Now, Runs: true).CreateProvider(TimeProvider.System);

    /// <summary>The configuration that sets a web app's or the CLI's clock to <see cref="Now"/>.</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        [ClockSettings.NowKey] = Now.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        [ClockSettings.RunsKey] = "true",
        ["DOTNET_ENVIRONMENT"] = "Testing",

        // The CLI says at start that its clock is set; the tests know, and some read standard error whole.
        ["Logging:LogLevel:Chronicle.Application.Clock"] = "None",
    };

    private static DateTimeOffset Read()
    {
        var (settings, problem) = ClockSettings.Read(Environment.GetEnvironmentVariable(Variable), null);
        return problem is not null ? throw new InvalidOperationException($"{Variable}: {problem}") : settings?.Start ?? Default;
    }
}
