namespace Chronicle.Benchmarks;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Chronicle.Application.Demo;
using Chronicle.Application.Security.Tokens;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// Logging time through POST /api/v1/patients/{id}/time with many concurrent clients, the web app
/// in-process (TestServer: the full pipeline of authentication, authorization, use case, audit and
/// database, without sockets). A write token of the practice logs for the care managers.
/// </summary>
internal static class TimeApiBenchmark
{
    public static async Task<TimeApiResult> RunAsync(BenchDatabase database, IServiceProvider services, GeneratedPractice practice, int clients, int requests, CancellationToken cancellationToken)
    {
        string token;
        List<Guid> patients, managers;
        await using (var scope = services.CreateAsyncScope())
        {
            var issued = await scope.ServiceProvider.GetRequiredService<CreateApiToken>()
                .ExecuteAsync(new NewApiToken("benchmark", [], CanWrite: true, practice.GroupNpi), cancellationToken);
            token = issued.Value?.Secret ?? throw new BenchException($"Issuing an API token failed: {issued.Error}");
            var db = scope.ServiceProvider.GetRequiredService<ChronicleDbContext>();
            var practiceId = new PracticeId(practice.PracticeId);
            patients = (await db.ProgramEnrollments.AsNoTracking().Where(e => e.PracticeId == practiceId && e.Program == CareProgram.Ccm)
                .OrderBy(e => e.PatientId).Select(e => e.PatientId).Take(2_000).ToListAsync(cancellationToken)).Select(p => p.Value).ToList();
            managers = (await db.StaffMembers.AsNoTracking().Where(s => s.PracticeId == practiceId && s.Role == StaffRole.ClinicalStaff)
                .Select(s => s.Id).ToListAsync(cancellationToken)).Select(s => s.Value).ToList();
        }

        if (patients.Count == 0)
        {
            throw new BenchException("The generated practice has no CCM patients to log time for; generate more patients.");
        }

        await using var app = new BenchApp(database);
        var zone = Domain.Practices.PracticeTimeZone.Parse("America/Chicago");
        var start = zone.ToLocal(services.GetRequiredService<TimeProvider>().GetUtcNow()).AddHours(-2);
        var perClient = Math.Max(1, requests / clients);
        var latencies = new ConcurrentBag<double>();
        var failures = new ConcurrentQueue<string>();
        var http = Enumerable.Range(0, clients).Select(_ =>
        {
            var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return client;
        }).ToList();
        using var warm = await http[0].GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);

        PeakMemory.Reset();
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            for (var k = 0; k < perClient; k++)
            {
                var slot = (c * perClient) + k;
                var body = new
                {
                    program = "ccm",
                    activity = "phone-call",
                    start = start.AddMinutes(-(slot % 60)).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
                    durationSeconds = 60 + (slot % 240),
                    staffId = managers[c % managers.Count],
                };
                var watch = Stopwatch.StartNew();
                using var response = await http[c].PostAsJsonAsync(new Uri($"/api/v1/patients/{patients[slot % patients.Count]}/time", UriKind.Relative), body, cancellationToken);
                latencies.Add(watch.Elapsed.TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    failures.Enqueue($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
                }
            }
        }, cancellationToken)));
        var elapsed = wall.Elapsed;
        var peak = PeakMemory.Bytes();
        foreach (var client in http)
        {
            client.Dispose();
        }

        if (failures.TryPeek(out var first))
        {
            throw new BenchException($"{failures.Count} of {clients * perClient} API requests failed; the first: {first}");
        }

        var sorted = latencies.Order().ToList();
        var floor = await TimeApiFloor.RunAsync(services, practice.PracticeId, clients, perClient, cancellationToken);
        return new TimeApiResult(clients, sorted.Count, WorklistBenchmark.Percentile(sorted, 0.50), WorklistBenchmark.Percentile(sorted, 0.95), floor.P95Ms,
            new Measure(elapsed, floor.Elapsed, sorted.Count * 2L, peak));
    }

    private sealed class BenchApp : WebApplicationFactory<Program>
    {
        private readonly BenchDatabase _database;

        public BenchApp(BenchDatabase database) => _database = database;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            foreach (var (key, value) in _database.Settings)
            {
                builder.UseSetting(key, value);
            }

            // Production's pipeline (no developer pages) without the deployment settings Production
            // insists on (public address, key certificate), which a host on loopback has no use for.
            builder.UseEnvironment("Staging");

            // The web app's files are beside this program (it references the web project). Set on
            // this host only: an environment variable would move the content root of every other
            // web host in the process too (the tests run this benchmark beside their own hosts).
            builder.UseContentRoot(AppContext.BaseDirectory);

            // The report is the output; the host's console log would interleave with it.
            builder.ConfigureLogging(logging => logging.ClearProviders());
        }
    }
}

/// <param name="Measure">Rows: a time entry and an audit event per request.</param>
internal sealed record TimeApiResult(int Clients, int Requests, double P50Ms, double P95Ms, double FloorP95Ms, Measure Measure)
{
    public double RequestsPerSecond => Requests / Measure.Seconds.TotalSeconds;

    public double FloorRequestsPerSecond => Requests / Measure.FloorSeconds.TotalSeconds;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"timeApi: {Requests:N0} entries from {Clients} concurrent clients; {RequestsPerSecond:N0} requests/s, p50 {P50Ms:0.0} ms, p95 {P95Ms:0.0} ms; " +
        $"floor {FloorRequestsPerSecond:N0} requests/s, p95 {FloorP95Ms:0.0} ms; {Measure}");
}
