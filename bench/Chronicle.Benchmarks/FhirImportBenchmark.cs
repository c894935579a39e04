namespace Chronicle.Benchmarks;

using System.Diagnostics;
using System.Globalization;
using Chronicle.Application.Database;
using Chronicle.Application.Demo;
using Chronicle.Application.Importing;
using Chronicle.Domain.Eligibility;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Fhir;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// FHIR bundle import against its floor: reading and mapping the same files without a database.
/// The ratio (import time / parse time) is what issue targets speak of ("import at most 2× parse").
/// Each side runs <c>repeats</c> times (the first run of each also warms up the code paths) and the fastest run counts, which filters out a busy machine.
/// </summary>
internal static class FhirImportBenchmark
{
    public static async Task<BenchmarkResult> RunAsync(string folder, string provider, int repeats, CancellationToken cancellationToken)
    {
        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray();
        var bytes = files.Sum(f => new FileInfo(f).Length);
        var parse = TimeSpan.MaxValue;
        var import = TimeSpan.MaxValue;
        var resources = 0;
        PeakMemory.Reset();
        for (var i = 0; i < repeats; i++)
        {
            var (parseTime, count) = await ParseOnlyAsync(files, cancellationToken);
            parse = Min(parse, parseTime);
            resources = count;
            import = Min(import, await ImportIntoFreshDatabaseAsync(folder, provider, cancellationToken));
        }

        return new BenchmarkResult("fhirImport", provider, files.Length, bytes, resources, import, parse, PeakMemory.Bytes());
    }

    private static async Task<(TimeSpan Elapsed, int Resources)> ParseOnlyAsync(string[] files, CancellationToken cancellationToken)
    {
        var zone = PracticeTimeZone.Parse("America/Chicago");
        var reader = new FhirFileReader(new FhirMappingContext(Icd10CodeSet.None, ChronicClassifier.BuiltInOnly, zone, new DateOnly(2026, 11, 29)));
        var count = 0;
        var watch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            await using var stream = File.OpenRead(file);
            var content = await reader.ReadAsync(stream, file, null, cancellationToken);
            count += content.ResourcesRead;
        }

        return (watch.Elapsed, count);
    }

    private static async Task<TimeSpan> ImportIntoFreshDatabaseAsync(string folder, string provider, CancellationToken cancellationToken)
    {
        await using var database = await BenchDatabase.CreateAsync(provider, cancellationToken);
        await using var services = BenchRunner.Services(database.Options);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MigrateDatabase>().ExecuteAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<SeedDemoPractice>().SeedAsync(cancellationToken);

        var watch = Stopwatch.StartNew();
        var result = await scope.ServiceProvider.GetRequiredService<ImportFhir>()
            .ExecuteAsync(new FhirImportRequest(folder), NoProgress.Instance, cancellationToken);
        var elapsed = watch.Elapsed;
        if (result.Value is not { } report)
        {
            throw new BenchException($"The benchmark import failed: {result.Error}");
        }

        if (report.Rejected > 0)
        {
            throw new BenchException($"The benchmark import rejected {report.Rejected} resources.");
        }

        return elapsed;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}

/// <param name="PeakBytes">The peak resident memory over the repeats of both sides.</param>
internal sealed record BenchmarkResult(string Name, string Provider, int Files, long Bytes, int Resources, TimeSpan Seconds, TimeSpan FloorSeconds, long PeakBytes)
{
    public double Ratio => Seconds.TotalSeconds / FloorSeconds.TotalSeconds;

    public Measure Measure => new(Seconds, FloorSeconds, Resources, PeakBytes);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name} ({Provider}): {Files} files, {Bytes / 1_000_000.0:0.0} MB, {Resources} resources; " +
        $"import {Seconds.TotalSeconds:0.000} s ({Resources / Seconds.TotalSeconds:0} resources/s), " +
        $"parse floor {FloorSeconds.TotalSeconds:0.000} s, ratio {Ratio:0.00}, peak {PeakBytes / 1_048_576.0:N0} MB");
}
