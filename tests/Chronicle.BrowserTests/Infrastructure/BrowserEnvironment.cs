namespace Chronicle.BrowserTests.Infrastructure;

/// <summary>
/// What the browser tests need from the machine: Debian's Chromium at /usr/bin/chromium. Without it
/// the tests skip, unless CHRONICLE_REQUIRE_ALL_TESTS=1 (set by .ci/run), where they fail.
/// </summary>
public static class BrowserEnvironment
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool ChromiumPresent => File.Exists(ChromiumPath);

    public static bool RequireAll => Environment.GetEnvironmentVariable("CHRONICLE_REQUIRE_ALL_TESTS") == "1";

    /// <summary>A folder to save a full-page screenshot of every checked page in, when CHRONICLE_SCREENSHOTS names one.</summary>
    public static string? ScreenshotFolder =>
        Environment.GetEnvironmentVariable("CHRONICLE_SCREENSHOTS") is { Length: > 0 } folder ? folder : null;

    public static void RequireChromium()
    {
        if (ChromiumPresent)
        {
            return;
        }

        if (RequireAll)
        {
            Assert.Fail($"{ChromiumPath} is missing, and this run requires the browser tests (apt-get install chromium).");
        }

        Assert.Skip($"Browser tests need Debian's Chromium at {ChromiumPath} (apt-get install chromium); .ci/run installs it.");
    }
}
