namespace Chronicle.IntegrationTests.Infrastructure;

using Chronicle.Cli;

/// <summary>Runs the chronicle CLI in-process against a test database and captures what it prints.</summary>
public static class CliRunner
{
    public static Task<CliResult> RunAsync(TestDatabase database, params string[] args) => RunWithInputAsync(database, string.Empty, args);

    /// <summary>Runs the CLI with this text on standard input (e.g. for --password-stdin).</summary>
    public static async Task<CliResult> RunWithInputAsync(TestDatabase database, string input, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var exitCode = await ChronicleCli.RunAsync(args, new CliConsole(output, error, outputRedirected: true, reader), database.Settings);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}
