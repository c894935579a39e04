namespace Chronicle.IntegrationTests.Claims;

using Chronicle.Application;
using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Application.Database;
using Chronicle.Application.Demo;
using Chronicle.Application.MonthClose;
using Chronicle.Application.Security;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;
using Chronicle.Interop.X12;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

/// <summary>
/// Issue 6 item 10: the demo practice, seeded on a given day, closes its previous month into
/// billable, blocked and not-billable decisions, and its approved claims export to a file our strict
/// reader and node-x12 accept. The demo is written relative to the day it is seeded, so several
/// days through the year are tried.
/// </summary>
public sealed class DemoBillingHistoryTests
{
    public static TheoryData<string, string> Days
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var provider in TestDatabase.Providers.Select(row => row.Data))
            {
                foreach (var day in new[] { "2026-11-29", "2026-03-01", "2026-06-15", "2026-09-30" })
                {
                    data.Add(provider, day);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Days))]
    public async Task Closing_the_demo_practices_previous_month_decides_every_kind_and_its_approved_claims_export(string provider, string day)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(day + "T16:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var token = TestContext.Current.CancellationToken;
        var previous = BillingMonth.Of(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).Previous();

        await RunAsync<MigrateDatabase, int>(database, clock, async u => { await u.ExecuteAsync(token); return 0; });
        Assert.True(await RunAsync<SeedDemoPractice, bool>(database, clock, u => u.SeedAsync(token)));
        var close = await RunAsync<CloseMonth, Result<MonthCloseResult>>(database, clock, u => u.ExecuteAsync(previous, false, null, token));
        var approve = await RunAsync<ChangeClaimStatus, Result<ClaimStatusChange>>(database, clock, u => u.ExecuteAsync(ClaimAction.Approve, previous, null, null, null, token));
        var export = await RunAsync<ExportClaims, Result<ClaimExportRun>>(database, clock, u => u.ExecuteAsync(previous, null, null, token));

        Assert.True(close.Succeeded, close.Error?.ToString());
        var statuses = close.Value!.Rows.GroupBy(r => r.Decision.Status).ToDictionary(g => g.Key, g => g.Count());
        Assert.All([BillingStatus.Billable, BillingStatus.Blocked, BillingStatus.NotBillable], s => Assert.True(statuses.ContainsKey(s),
            $"{day}: no {s} decision in {previous}; " + string.Join(", ", statuses.Select(p => $"{p.Key}: {p.Value}"))));
        Assert.True(approve.Succeeded, approve.Error?.ToString());
        Assert.True(export.Succeeded, export.Error?.ToString());

        // One file per receiver: the demo's Original Medicare patients to the MAC, its Advantage members to the plan.
        var reads = export.Value!.Files.Select(f => (File: f, Read: Claim837Reader.Read(f.Text))).ToList();
        Assert.All(reads, r => Assert.True(r.Read.IsValid, string.Join("; ", r.Read.Issues)));
        Assert.Equal(reads.Count, reads.Select(r => r.File.ReceiverId).Distinct().Count());
        Assert.Equal(approve.Value!.Claims.Order(StringComparer.Ordinal), reads.SelectMany(r => r.Read.Contents.Claims).Select(c => c.ClaimId).Order(StringComparer.Ordinal));
        Assert.All(reads.SelectMany(r => r.Read.Contents.Claims), c => Assert.Equal("1", c.Frequency));
        foreach (var (file, read) in reads)
        {
            var path = Path.Combine(Path.GetTempPath(), $"chronicle-demo-{Guid.NewGuid():N}.x12");
            try
            {
                await File.WriteAllTextAsync(path, file.Text, token);
                await NodeX12Check.AssertReadsAsync(path, claims: read.Contents.Claims.Count);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }

    private static async Task<T> RunAsync<TUseCase, T>(TestDatabase database, TimeProvider clock, Func<TUseCase, Task<T>> run)
        where TUseCase : notnull
    {
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddSingleton<IActorContext>(new FixedActor());
        services.AddLogging();
        services.AddChronicleApplication(database.Options);
        TestDatabase.AddTestClaimFiles(services);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    private sealed class FixedActor : IActorContext
    {
        public Actor Current => SystemActor.Value;
    }
}
