namespace Chronicle.Benchmarks;

using System.Diagnostics;
using System.Globalization;
using Chronicle.Application;
using Chronicle.Application.Claims;
using Chronicle.Application.Database;
using Chronicle.Application.Demo;
using Chronicle.Application.Importing;
using Chronicle.Application.Security;
using Chronicle.Data;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// One benchmark run: a fresh database, a generated practice of N patients, then each measurement
/// beside its floor in the same run (ADR 0151). Progress goes to <c>log</c>; the report is returned.
/// </summary>
internal sealed class BenchRunner(BenchOptions options, TextWriter log)
{
    public async Task<BenchReport> RunAsync(CancellationToken cancellationToken)
    {
        var fhir = FhirFolder();
        await using var database = await BenchDatabase.CreateAsync(options.Provider, cancellationToken);
        await using var services = Services(database.Options);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MigrateDatabase>().ExecuteAsync(cancellationToken);
        }

        await Say($"Generating {options.Patients:N0} patients on {options.Provider}...");
        var watch = Stopwatch.StartNew();
        GeneratedPractice practice;
        await using (var scope = services.CreateAsyncScope())
        {
            var made = await scope.ServiceProvider.GetRequiredService<GenerateDemoPractice>()
                .ExecuteAsync(new GenerateDemoRequest(options.Patients, options.Seed), NoProgress.Instance, cancellationToken);
            practice = made.Value ?? throw new BenchException($"Generating the practice failed: {made.Error}");
        }

        var generateSeconds = watch.Elapsed.TotalSeconds;

        // Each measurement resets the kernel's peak and reads its own; the run's peak is the largest of them.
        var generatePeak = PeakMemory.Bytes();
        await Say(string.Create(CultureInfo.InvariantCulture, $"  {practice.Patients:N0} patients, {practice.TimeEntries:N0} time entries in {generateSeconds:0.0} s"));

        var monthClose = await MonthCloseBenchmark.RunAsync(services, practice, cancellationToken);
        await Say(monthClose.ToString());
        var claims = await ClaimsExportBenchmark.RunAsync(services, practice.PracticeId, monthClose.Month, cancellationToken);
        await Say(claims.ToString());
        var worklist = await WorklistBenchmark.RunAsync(services, practice, options.WorklistCalls, cancellationToken);
        await Say(worklist.ToString());
        var timeApi = await TimeApiBenchmark.RunAsync(database, services, practice, options.ApiClients, options.ApiRequests, cancellationToken);
        await Say(timeApi.ToString());
        var import = await FhirImportBenchmark.RunAsync(fhir, options.Provider, repeats: 3, cancellationToken);
        await Say(import.ToString());
        return new BenchReport(options.Patients, options.Provider, generateSeconds, monthClose, import, worklist, timeApi, claims, 
            new[] { generatePeak, monthClose.Measure.PeakBytes, claims.Measure.PeakBytes, worklist.PeakBytes, timeApi.Measure.PeakBytes, import.PeakBytes, PeakMemory.Bytes() }.Max());
    }

    /// <summary>The application's services on a database, acting as the operator as the CLI does.</summary>
    public static ServiceProvider Services(DatabaseOptions database)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IActorContext>(new FixedActorContext(new Actor("bench", "benchmark", Roles.System, AccessSurface.Cli, null)));
        services.AddChronicleApplication(database);

        // The benchmark writes test claim files of its own (the hosts read theirs from configuration).
        services.AddOptions<ClaimFileOptions>().Configure(o =>
        {
            o.SubmitterId = o.InterchangeSenderId = "CHRONICLEBENCH";
            o.SubmitterName = "Chronicle Benchmark";
            o.InterchangeSenderQualifier = "ZZ";
            o.Usage = "T";
        });
        return services.BuildServiceProvider();
    }

    private string FhirFolder()
    {
        var folder = options.FhirFolder ?? DefaultFhirFolder();
        return folder is not null && Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.json").Any()
            ? folder
            : throw new BenchException($"No FHIR bundles at '{folder ?? "tests/data/synthea/fhir"}'; pass a folder of *.json bundles with --fhir.");
    }

    /// <summary>The Synthea sample the repository carries (tests/data/synthea/fhir from the repository root).</summary>
    private static string? DefaultFhirFolder()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Chronicle.slnx")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "tests", "data", "synthea", "fhir"));
            }
        }

        return null;
    }

    private async Task Say(string line)
    {
        await log.WriteLineAsync(line);
        await log.FlushAsync();
    }
}
