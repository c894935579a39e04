namespace Chronicle.Benchmarks;

/// <summary>
/// dotnet run -c Release --project bench/Chronicle.Benchmarks -- [--patients N] [--provider sqlite|postgres] [--json]
/// (also 'chronicle bench', which runs this). Exit codes as the CLI's: 0 done, 1 failed, 2 usage.
/// </summary>
public static class BenchProgram
{
    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error, CancellationToken.None);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var (options, problem) = BenchOptions.Parse(args);
        if (options is null)
        {
            await error.WriteLineAsync($"error: {problem}");
            await error.WriteLineAsync(BenchOptions.Usage);
            return 2;
        }

        try
        {
            var report = await new BenchRunner(options, options.Json ? error : output).RunAsync(cancellationToken);
            await output.WriteLineAsync(options.Json ? report.ToJson() : report.ToText());
            return 0;
        }
        catch (BenchException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
    }
}

/// <summary>A reason the benchmark cannot run (no database, no FHIR files, a step refused), told to the user without a stack trace.</summary>
public sealed class BenchException(string message) : Exception(message);
