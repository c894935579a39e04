namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Chronicle.Cli.Hosting;

/// <summary>
/// chronicle bench [--patients N] [--provider sqlite|postgres] [--json] [--fhir FOLDER]: runs the
/// benchmark program of the source tree (bench/Chronicle.Benchmarks), built in Release. The
/// benchmark hosts the web app for its JSON API measurement, and the CLI may not reference the web
/// app (docs/design.md §3), so the command runs it as a child process and passes its output and exit
/// code through (ADR 0151). It never touches the configured database: each run makes its own.
/// </summary>
internal static class BenchCommand
{
    public const string Project = "bench/Chronicle.Benchmarks/Chronicle.Benchmarks.csproj";

    public static Command Create(CliRun run)
    {
        var patients = new Option<int>("--patients") { Description = "Patients in the generated practice.", DefaultValueFactory = _ => 10_000 };
        var provider = new Option<string>("--provider") { Description = "The database to measure: sqlite (a temporary file) or postgres (a temporary database through CHRONICLE_BENCH_POSTGRES).", DefaultValueFactory = _ => "sqlite" };
        provider.AcceptOnlyFromAmong("sqlite", "postgres");
        var fhir = new Option<string?>("--fhir") { Description = "A folder of FHIR bundles for the import measurement (default: the Synthea sample in tests/data/synthea/fhir)." };
        var json = CommonOptions.JsonOption();
        var command = new Command("bench", "Measure month close, the worklist, the time API, FHIR import and 837P export on a generated practice, each against its floor.")
        {
            patients, provider, fhir, json,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(patients) < 1)
            {
                result.AddError("--patients must be at least 1.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var project = FindProject();
            if (project is null)
            {
                return run.Fail($"chronicle bench runs from a source checkout: no {Project} above {Environment.CurrentDirectory}.");
            }

            List<string> args = ["--patients", parse.GetValue(patients).ToString(CultureInfo.InvariantCulture), "--provider", parse.GetValue(provider)!];
            if (parse.GetValue(fhir) is { } folder)
            {
                args.AddRange(["--fhir", Path.GetFullPath(folder)]);
            }

            if (parse.GetValue(json))
            {
                args.Add("--json");
            }

            // Build output goes to standard error, so that --json leaves one object on standard output.
            var built = await RunAsync(run, ["build", project, "-c", "Release", "-nologo", "-v", "q"], toError: true, cancellationToken);
            return built != 0
                ? run.Fail($"building {Project} failed (exit code {built}).")
                : await RunAsync(run, ["run", "--no-build", "-c", "Release", "--project", project, "--", .. args], toError: false, cancellationToken);
        });
        return command;
    }

    private static string? FindProject()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, Project);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static async Task<int> RunAsync(CliRun run, IReadOnlyList<string> arguments, bool toError, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start);
        if (process is null)
        {
            return run.Fail("could not start 'dotnet'; the benchmark needs the .NET SDK.");
        }

        var output = Pipe(process.StandardOutput, toError ? run.Console.Error : run.Console.Output, cancellationToken);
        var error = Pipe(process.StandardError, run.Console.Error, cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        await Task.WhenAll(output, error);
        return process.ExitCode;
    }

    private static async Task Pipe(StreamReader from, TextWriter to, CancellationToken cancellationToken)
    {
        while (await from.ReadLineAsync(cancellationToken) is { } line)
        {
            await to.WriteLineAsync(line);
            await to.FlushAsync(cancellationToken);
        }
    }
}
