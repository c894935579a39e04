namespace Chronicle.IntegrationTests.Payers;

using Chronicle.Cli;
using Chronicle.Cli.Hosting;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>ADR 0221: claim-file settings have no defaults in code; a missing or bad one stops the web app and the CLI at start, named.</summary>
public sealed class ClaimSettingsTests
{
    [Fact]
    public async Task The_CLI_refuses_to_run_with_bad_claim_settings_and_names_each_one()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["Chronicle:Claims:Usage"] = "X",
            ["Chronicle:Claims:SubmitterId"] = string.Empty,
        };
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await ChronicleCli.RunAsync(["db", "migrate"], new CliConsole(output, error, outputRedirected: true, new StringReader(string.Empty)), settings);

        Assert.Equal(1, exitCode);
        var message = error.ToString();
        Assert.Contains("Chronicle:Claims:Usage is 'X'; set T for test files or P for production files (ISA15).", message, StringComparison.Ordinal);
        Assert.Contains("Chronicle:Claims:SubmitterId must be the submitter id your clearinghouse or MAC assigned, 2 to 80 characters; it is not set.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_web_app_does_not_start_with_a_bad_claim_setting()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var app = new ChronicleAppFactory(database, seedDemo: false, settings: new Dictionary<string, string?>
        {
            ["Chronicle:Claims:InterchangeSenderQualifier"] = "Q",
        });

        var failure = Record.Exception(() => app.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains("Chronicle:Claims:InterchangeSenderQualifier must be an interchange id qualifier (01, 14, 20, 27, 28, 29, 30, 33, ZZ); it is 'Q'.", failure.ToString(), StringComparison.Ordinal);
    }
}
