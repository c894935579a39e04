namespace Chronicle.IntegrationTests.Cli;

using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

public sealed class CliBasicsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Demo_seed_creates_the_demo_practice_once(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var first = await CliRunner.RunAsync(database, "demo", "seed");
        var second = await CliRunner.RunAsync(database, "demo", "seed");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("already there", second.Output, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(1, await db.Practices.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(SeedDemoPractice.PatientCount, await db.Patients.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("no-such-command")]
    [InlineData("db", "migrate", "--no-such-option")]
    [InlineData("db")]
    public async Task A_wrong_command_line_exits_with_2_and_says_why(params string[] args)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");

        var result = await CliRunner.RunAsync(database, args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("error:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_is_available_for_every_command()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");

        var result = await CliRunner.RunAsync(database, "db", "migrate", "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("schema", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_database_provider_is_a_clear_error_not_a_crash()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var settings = new Dictionary<string, string?>(database.Settings) { ["Database:Provider"] = "oracle" };

        var exit = await Chronicle.Cli.ChronicleCli.RunAsync(["db", "migrate"], new Chronicle.Cli.CliConsole(output, error, true), settings);

        Assert.Equal(1, exit);
        Assert.Contains("Database:Provider is 'oracle'", error.ToString(), StringComparison.Ordinal);
    }
}
