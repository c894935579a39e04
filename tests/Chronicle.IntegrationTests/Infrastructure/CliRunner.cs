namespace Chronicle.IntegrationTests.Infrastructure;

using Chronicle.Cli;

/// <summary>Runs the chronicle CLI in-process against a test database and captures what it prints.</summary>
public static class CliRunner
{
    public static async Task<CliResult> RunAsync(TestDatabase database, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await ChronicleCli.RunAsync(args, new CliConsole(output, error, outputRedirected: true), database.Settings);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}
