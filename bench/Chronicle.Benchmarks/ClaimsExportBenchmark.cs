namespace Chronicle.Benchmarks;

using System.Diagnostics;
using System.Globalization;
using Chronicle.Application.Claims;
using Chronicle.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The biller approves every claim of the closed month (not timed), then exports them as one 837P file (timed).</summary>
internal static class ClaimsExportBenchmark
{
    public static async Task<ClaimsExportResult> RunAsync(IServiceProvider services, BillingMonth month, CancellationToken cancellationToken)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var approved = await scope.ServiceProvider.GetRequiredService<ChangeClaimStatus>().ExecuteAsync(ClaimAction.Approve, month, null, null, null, cancellationToken);
            if (approved.Value is null)
            {
                throw new BenchException($"Approving the claims failed: {approved.Error}");
            }
        }

        await using var export = services.CreateAsyncScope();
        long bytes = 0;
        var watch = Stopwatch.StartNew();
        var result = await export.ServiceProvider.GetRequiredService<ExportClaims>().ExecuteAsync(month, null, (file, _) =>
        {
            bytes += file.Text.Length;
            return Task.CompletedTask;
        }, cancellationToken);
        var elapsed = watch.Elapsed;
        var file = result.Value ?? throw new BenchException($"Exporting the claims failed: {result.Error}");
        return new ClaimsExportResult(file.Claims.Count, bytes, elapsed);
    }
}

internal sealed record ClaimsExportResult(int Claims, long Characters, TimeSpan Seconds)
{
    public double ClaimsPerSecond => Claims / Seconds.TotalSeconds;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"claimsExport: {Claims:N0} claims, {Characters / 1_000_000.0:0.0} MB of 837P in {Seconds.TotalSeconds:0.000} s ({ClaimsPerSecond:N0} claims/s)");
}
