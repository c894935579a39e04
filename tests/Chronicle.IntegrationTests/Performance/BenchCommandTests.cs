namespace Chronicle.IntegrationTests.Performance;

using System.Text.Json;
using Chronicle.Benchmarks;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>The benchmark's report at a tiny size, on both databases: its shape only; timings are never asserted.</summary>
public sealed class BenchCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bench_json_prints_one_object_with_every_measurement(string provider)
    {
        if (provider == "postgres")
        {
            // The benchmark makes and drops its own database through the same server as the tests.
            await using var probe = await TestDatabase.CreateAsync(provider);
        }

        var fhir = Directory.CreateTempSubdirectory("chronicle-bench-fhir-");
        try
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Fhir", "Fixtures", "transaction-small.json"), Path.Combine(fhir.FullName, "transaction-small.json"));
            using var output = new StringWriter();
            using var error = new StringWriter();

            var exit = await BenchProgram.RunAsync(
                ["--patients", "60", "--provider", provider, "--json", "--fhir", fhir.FullName, "--worklist-calls", "3", "--api-requests", "50"], output, error, Ct);

            Assert.True(exit == 0, $"exit {exit}\n{output}\n{error}");
            var report = JsonDocument.Parse(output.ToString()).RootElement;
            Assert.Equal(60, report.GetProperty("patients").GetInt32());
            Assert.Equal(provider, report.GetProperty("provider").GetString());
            // Every measurement beside its floor, with the ratio, rows per second and its peak memory (ADR 0275).
            string[] measured = ["seconds", "floorSeconds", "ratio", "rows", "rowsPerSecond", "peakMemoryMb"];
            foreach (var (section, fields) in new (string, string[])[]
            {
                ("monthClose", [.. measured, "patientMonths", "timeSumSeconds", "floorInputRows"]),
                ("fhirImport", measured),
                ("worklist", ["p50Ms", "p95Ms", "peakMemoryMb"]),
                ("timeApi", [.. measured, "requestsPerSecond", "p95Ms", "floorRequestsPerSecond", "floorP95Ms"]),
                ("claimsExport", [.. measured, "claimsPerSecond"]),
            })
            {
                foreach (var field in fields)
                {
                    Assert.True(report.GetProperty(section).GetProperty(field).ValueKind == JsonValueKind.Number, $"{section}.{field} in {report}");
                }
            }

            Assert.True(report.GetProperty("peakMemoryMb").GetDouble() > 0, $"peakMemoryMb in {report}");

            // The floors do the same amount of work as what they are floors of.
            var close = report.GetProperty("monthClose");
            Assert.True(close.GetProperty("rows").GetInt64() >= close.GetProperty("patientMonths").GetInt64(), $"monthClose in {report}");
            Assert.True(close.GetProperty("floorInputRows").GetInt64() > 0, $"monthClose in {report}");
            Assert.Equal(100, report.GetProperty("timeApi").GetProperty("rows").GetInt64());
            Assert.Equal(50, report.GetProperty("timeApi").GetProperty("requests").GetInt32());
        }
        finally
        {
            fhir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Bench_refuses_an_unknown_provider_as_a_usage_error()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        await using var database = await TestDatabase.CreateAsync("sqlite");

        var exit = await BenchProgram.RunAsync(["--provider", "oracle"], output, error, Ct);
        var cli = await CliRunner.RunAsync(database, "bench", "--provider", "oracle");

        Assert.Equal(2, exit);
        Assert.Contains("--provider must be sqlite or postgres", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, output.ToString());
        Assert.Equal(2, cli.ExitCode);
    }
}
