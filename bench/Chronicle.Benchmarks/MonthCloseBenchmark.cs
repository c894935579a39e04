namespace Chronicle.Benchmarks;

using System.Diagnostics;
using System.Globalization;
using Chronicle.Application.Demo;
using Chronicle.Application.MonthClose;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Closing last month (the nightly job) against its floor: one raw SQL aggregate of the same
/// month's time rows per patient and program, read to the end. The floor is the fastest of three
/// runs; the close runs once, as it would in production (a first close, writing every decision).
/// </summary>
internal static class MonthCloseBenchmark
{
    public static async Task<MonthCloseResult> RunAsync(IServiceProvider services, GeneratedPractice practice, CancellationToken cancellationToken)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        var month = BillingMonth.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).Previous();
        var floor = TimeSpan.MaxValue;
        var rows = 0;
        for (var i = 0; i < 3; i++)
        {
            var (elapsed, count) = await FloorAsync(services, practice.PracticeId, month.Key, cancellationToken);
            floor = elapsed < floor ? elapsed : floor;
            rows = count;
        }

        await using var scope = services.CreateAsyncScope();
        var watch = Stopwatch.StartNew();
        var result = await scope.ServiceProvider.GetRequiredService<CloseMonth>().ExecuteAsync(month, early: false, null, cancellationToken);
        var elapsedClose = watch.Elapsed;
        var closed = result.Value ?? throw new BenchException($"Month close failed: {result.Error}");
        return new MonthCloseResult(month, closed.Rows.Count, rows, elapsedClose, floor);
    }

    private static async Task<(TimeSpan Elapsed, int Rows)> FloorAsync(IServiceProvider services, Guid practiceId, int monthKey, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChronicleDbContext>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var watch = Stopwatch.StartNew();
        var totals = await db.Database.SqlQuery<FloorRow>($"""
            SELECT "PatientId", "Program", SUM("DurationSeconds") AS "Seconds"
            FROM "TimeEntries"
            WHERE "PracticeId" = {practiceId} AND "MonthKey" = {monthKey}
            GROUP BY "PatientId", "Program"
            """).ToListAsync(cancellationToken);
        return (watch.Elapsed, totals.Count);
    }

    private sealed record FloorRow(Guid PatientId, int Program, long Seconds);
}

internal sealed record MonthCloseResult(BillingMonth Month, int PatientMonths, int FloorRows, TimeSpan Seconds, TimeSpan FloorSeconds)
{
    public double Ratio => Seconds.TotalSeconds / FloorSeconds.TotalSeconds;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"monthClose {Month}: {PatientMonths:N0} patient-months in {Seconds.TotalSeconds:0.000} s ({PatientMonths / Seconds.TotalSeconds:N0}/s); " +
        $"floor {FloorSeconds.TotalSeconds:0.000} s ({FloorRows:N0} groups); ratio {Ratio:0.00}");
}
