namespace Chronicle.Benchmarks;

using System.Diagnostics;
using System.Globalization;
using Chronicle.Application.Demo;
using Chronicle.Application.MonthClose;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Closing last month (the nightly job, a first close writing every decision) against its floor
/// (<see cref="MonthCloseFloor"/>: reading every input row and bulk-writing as many rows as the close
/// wrote, plain SQL, ADR 0275). The earlier floor, one SUM over the month's time (ADR 0151), is
/// still reported beside it. Each floor is the fastest of three runs; the close runs once, as in production.
/// </summary>
internal static class MonthCloseBenchmark
{
    public static async Task<MonthCloseResult> RunAsync(IServiceProvider services, GeneratedPractice practice, CancellationToken cancellationToken)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        var month = BillingMonth.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).Previous();
        var sum = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var elapsed = await SumAsync(services, practice.PracticeId, month.Key, cancellationToken);
            sum = elapsed < sum ? elapsed : sum;
        }

        PeakMemory.Reset();
        TimeSpan closing;
        int patientMonths;
        await using (var scope = services.CreateAsyncScope())
        {
            var watch = Stopwatch.StartNew();
            var result = await scope.ServiceProvider.GetRequiredService<CloseMonth>().ExecuteAsync(month, early: false, null, cancellationToken);
            closing = watch.Elapsed;
            patientMonths = (result.Value ?? throw new BenchException($"Month close failed: {result.Error}")).Rows.Count;
        }

        var peak = PeakMemory.Bytes();
        var (start, _) = (await ZoneAsync(services, practice.PracticeId, cancellationToken)).Bounds(month);
        FloorRun? floor = null;
        for (var i = 0; i < 3; i++)
        {
            var run = await MonthCloseFloor.RunAsync(services, practice.PracticeId, month.Key, month.Previous().Key, start - TimePolicy.Default.MaxDuration, cancellationToken);
            floor = floor is null || run.Elapsed < floor.Elapsed ? run : floor;
        }

        return new MonthCloseResult(month, patientMonths, floor!.RowsRead, sum, new Measure(closing, floor.Elapsed, floor.RowsWritten, peak));
    }

    private static async Task<PracticeTimeZone> ZoneAsync(IServiceProvider services, Guid practiceId, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var id = new PracticeId(practiceId);
        return await scope.ServiceProvider.GetRequiredService<ChronicleDbContext>().Practices.AsNoTracking()
            .Where(p => p.Id == id).Select(p => p.TimeZone).SingleAsync(cancellationToken);
    }

    private static async Task<TimeSpan> SumAsync(IServiceProvider services, Guid practiceId, int monthKey, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChronicleDbContext>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var watch = Stopwatch.StartNew();
        await FloorSql.ReadAllAsync(db, """
            SELECT "PatientId", "Program", SUM("DurationSeconds") AS "Seconds"
            FROM "TimeEntries"
            WHERE "PracticeId" = @p AND "MonthKey" = @m
            GROUP BY "PatientId", "Program"
            """, cancellationToken, ("p", practiceId), ("m", monthKey));
        return watch.Elapsed;
    }
}

/// <param name="InputRows">Input rows the floor read.</param>
/// <param name="TimeSum">The earlier floor: one SUM over the month's time rows (ADR 0151).</param>
/// <param name="Measure">Rows: the decisions, claims and claim lines the close wrote.</param>
internal sealed record MonthCloseResult(BillingMonth Month, int PatientMonths, int InputRows, TimeSpan TimeSum, Measure Measure)
{
    public double TimeSumRatio => Measure.Seconds.TotalSeconds / TimeSum.TotalSeconds;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"monthClose {Month}: {PatientMonths:N0} patient-months ({PatientMonths / Measure.Seconds.TotalSeconds:N0}/s), {Measure.Rows:N0} rows written; {Measure} " +
        $"(floor reads {InputRows:N0} input rows); against one SUM over the month's time ({TimeSum.TotalSeconds:0.000} s) {TimeSumRatio:0.00}");
}
