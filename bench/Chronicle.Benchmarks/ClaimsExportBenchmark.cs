namespace Chronicle.Benchmarks;

using System.Diagnostics;
using System.Globalization;
using Chronicle.Application.Claims;
using Chronicle.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The biller approves every claim of the closed month (not timed), then exports them as one 837P
/// file written to disk (timed), against its floor (<see cref="ClaimsExportFloor"/>).
/// </summary>
internal static class ClaimsExportBenchmark
{
    public static async Task<ClaimsExportResult> RunAsync(IServiceProvider services, Guid practiceId, BillingMonth month, CancellationToken cancellationToken)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var approved = await scope.ServiceProvider.GetRequiredService<ChangeClaimStatus>().ExecuteAsync(ClaimAction.Approve, month, null, null, null, cancellationToken);
            if (approved.Value is null)
            {
                throw new BenchException($"Approving the claims failed: {approved.Error}");
            }
        }

        // The export writes its file to disk as 'chronicle claims export' does; the floor writes the same text.
        var path = Path.Combine(Path.GetTempPath(), $"chronicle-bench-{Guid.NewGuid():N}.x12");
        var texts = new List<string>();
        try
        {
            PeakMemory.Reset();
            TimeSpan elapsed;
            ClaimExportRun run;
            await using (var export = services.CreateAsyncScope())
            {
                var watch = Stopwatch.StartNew();
                var result = await export.ServiceProvider.GetRequiredService<ExportClaims>().ExecuteAsync(month, null, async (file, token) =>
                {
                    texts.Add(file.Text);
                    await File.WriteAllTextAsync(path, file.Text, token);
                }, cancellationToken);
                elapsed = watch.Elapsed;
                run = result.Value ?? throw new BenchException($"Exporting the claims failed: {result.Error}");
            }

            var peak = PeakMemory.Bytes();
            var floor = TimeSpan.MaxValue;
            for (var i = 0; i < 3; i++)
            {
                var once = await ClaimsExportFloor.RunAsync(services, practiceId, month.Key, texts, path, cancellationToken);
                floor = once < floor ? once : floor;
            }

            return new ClaimsExportResult(texts.Sum(t => (long)t.Length), new Measure(elapsed, floor, run.Claims.Count, peak));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

/// <param name="Measure">Rows: the claims the file carries.</param>
internal sealed record ClaimsExportResult(long Characters, Measure Measure)
{
    public long Claims => Measure.Rows;

    public double ClaimsPerSecond => Measure.RowsPerSecond;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"claimsExport: {Claims:N0} claims, {Characters / 1_000_000.0:0.0} MB of 837P; {Measure}");
}
