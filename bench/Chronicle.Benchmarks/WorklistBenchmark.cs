namespace Chronicle.Benchmarks;

using System.Diagnostics;
using System.Globalization;
using Chronicle.Application.Demo;
using Chronicle.Application.Time.Worklist;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// A care manager opening "Today's calls" many times: each call a fresh scope (as a web request),
/// cycling through the care managers, after a few warm-up calls; the 50th and 95th percentiles.
/// </summary>
internal static class WorklistBenchmark
{
    private const int WarmUp = 3;

    public static async Task<WorklistResult> RunAsync(IServiceProvider services, GeneratedPractice practice, int calls, CancellationToken cancellationToken)
    {
        List<Guid> managers;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ChronicleDbContext>();
            var practiceId = new PracticeId(practice.PracticeId);
            managers = await db.StaffMembers.AsNoTracking()
                .Where(s => s.PracticeId == practiceId && s.Role == StaffRole.ClinicalStaff)
                .OrderBy(s => s.ExternalId).Select(s => s.Id).ToListAsync(cancellationToken)
                .ContinueWith(t => t.Result.Select(id => id.Value).ToList(), TaskScheduler.Default);
        }

        var times = new List<double>(calls);
        PeakMemory.Reset();
        var rows = 0;
        for (var i = -WarmUp; i < calls; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            var result = await scope.ServiceProvider.GetRequiredService<GetCareManagerWorklist>()
                .ExecuteAsync(new WorklistQuery(CareManagerId: managers[(i + WarmUp) % managers.Count]), cancellationToken);
            var elapsed = watch.Elapsed.TotalMilliseconds;
            var list = result.Value ?? throw new BenchException($"The worklist failed: {result.Error}");
            if (i >= 0)
            {
                times.Add(elapsed);
                rows += list.Rows.Count;
            }
        }

        times.Sort();
        return new WorklistResult(calls, rows / calls, Percentile(times, 0.50), Percentile(times, 0.95), PeakMemory.Bytes());
    }

    internal static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}

internal sealed record WorklistResult(int Calls, int RowsPerCall, double P50Ms, double P95Ms, long PeakBytes)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"worklist: {Calls} calls, {RowsPerCall} patients each; p50 {P50Ms:0.0} ms, p95 {P95Ms:0.0} ms, peak {PeakBytes / 1_048_576.0:N0} MB");
}
