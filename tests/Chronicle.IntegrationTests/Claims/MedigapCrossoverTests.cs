namespace Chronicle.IntegrationTests.Claims;

using Chronicle.Application;
using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Application.Database;
using Chronicle.Application.Demo;
using Chronicle.Application.MonthClose;
using Chronicle.Application.Security;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Interop.X12;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

/// <summary>
/// Issue 16 item 1 (ADR 0262): the demo patient in Original Medicare with a Medigap secondary is
/// closed, approved and exported; the 837P to the MAC names the Medigap in loops 2320/2330A/2330B
/// (its payer id, the patient's member id with it), the strict reader and node-x12 read the file,
/// and no file goes to the Medigap: Medicare crosses the claim over.
/// </summary>
public sealed class MedigapCrossoverTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_patient_with_a_medigap_secondary_is_exported_once_with_the_crossover_loops(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 16, 0, 0, TimeSpan.Zero));
        var token = TestContext.Current.CancellationToken;
        var month = new BillingMonth(2026, 10);

        await RunAsync<MigrateDatabase, int>(database, clock, async u => { await u.ExecuteAsync(token); return 0; });
        Assert.True(await RunAsync<SeedDemoPractice, bool>(database, clock, u => u.SeedAsync(token)));
        Assert.True((await RunAsync<CloseMonth, Result<MonthCloseResult>>(database, clock, u => u.ExecuteAsync(month, false, null, token))).Succeeded);
        Assert.True((await RunAsync<ChangeClaimStatus, Result<ClaimStatusChange>>(database, clock, u => u.ExecuteAsync(ClaimAction.Approve, month, null, null, null, token))).Succeeded);
        var export = await RunAsync<ExportClaims, Result<ClaimExportRun>>(database, clock, u => u.ExecuteAsync(month, null, null, token));

        Assert.True(export.Succeeded, export.Error?.ToString());
        await using var db = database.NewContext();
        var marked = await db.BillingClaims.Where(c => c.CrossoverPayerCode != null).ToListAsync(token);
        var claim = Assert.Single(marked);
        Assert.Equal(DemoPayers.MedigapCode, claim.CrossoverPayerCode);
        var patient = await db.Patients.SingleAsync(p => p.Id == claim.PatientId, token);
        var memberId = (await db.Coverages.SingleAsync(c => c.PatientId == claim.PatientId && c.Order == Domain.Payers.CoverageOrder.Secondary, token)).MemberId;

        // No second claim: the month's files go to the MAC and the Advantage plan only, each claim once.
        Assert.DoesNotContain(export.Value!.Files, f => f.ReceiverId == "PRAIRIEGAP");
        Assert.Single(export.Value.Claims, c => c == claim.ClaimNumber);
        var file = Assert.Single(export.Value.Files, f => f.Claims.Contains(claim.ClaimNumber));
        var read = Claim837Reader.Read(file.Text);
        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        var sent = Assert.Single(read.Contents.Claims, c => c.ClaimId == claim.ClaimNumber);
        Assert.Equal(DemoPayers.OriginalMedicareCode, sent.PayerId);
        var other = Assert.Single(sent.OtherPayers);
        Assert.Equal(("S", "18", "CI", memberId, DemoPayers.MedigapCode), (other.Responsibility, other.Relationship, other.FilingIndicator, other.MemberId, other.PayerId));
        Assert.Contains($"NM1*IL*1*{patient.LastName.ToUpperInvariant()}*{patient.FirstName.ToUpperInvariant()}****MI*{memberId}~", file.Text, StringComparison.Ordinal);
        Assert.Contains($"NM1*PR*2*PRAIRIE MEDIGAP PLAN G*****PI*{DemoPayers.MedigapCode}~", file.Text, StringComparison.Ordinal);
        Assert.All(read.Contents.Claims.Where(c => c.ClaimId != claim.ClaimNumber), c => Assert.Empty(c.OtherPayers));

        var path = Path.Combine(Path.GetTempPath(), $"chronicle-crossover-{Guid.NewGuid():N}.x12");
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

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_crossover_whose_medigap_coverage_was_removed_after_close_stops_the_export_and_names_the_claim(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 16, 0, 0, TimeSpan.Zero));
        var token = TestContext.Current.CancellationToken;
        var month = new BillingMonth(2026, 10);
        await RunAsync<MigrateDatabase, int>(database, clock, async u => { await u.ExecuteAsync(token); return 0; });
        Assert.True(await RunAsync<SeedDemoPractice, bool>(database, clock, u => u.SeedAsync(token)));
        Assert.True((await RunAsync<CloseMonth, Result<MonthCloseResult>>(database, clock, u => u.ExecuteAsync(month, false, null, token))).Succeeded);
        Assert.True((await RunAsync<ChangeClaimStatus, Result<ClaimStatusChange>>(database, clock, u => u.ExecuteAsync(ClaimAction.Approve, month, null, null, null, token))).Succeeded);
        string claimNumber;
        await using (var db = database.NewContext())
        {
            var claim = await db.BillingClaims.SingleAsync(c => c.CrossoverPayerCode != null, token);
            claimNumber = claim.ClaimNumber;
            db.Coverages.Remove(await db.Coverages.SingleAsync(c => c.PatientId == claim.PatientId && c.Order == Domain.Payers.CoverageOrder.Secondary, token));
            await db.SaveChangesAsync(token);
        }

        var export = await RunAsync<ExportClaims, Result<ClaimExportRun>>(database, clock, u => u.ExecuteAsync(month, null, null, token));

        Assert.False(export.Succeeded);
        Assert.Equal(ClaimCodes.NotExportable, export.Error!.Code);
        Assert.Contains($"claim {claimNumber}: the patient's coverage with Prairie Medigap Plan G ({DemoPayers.MedigapCode}) is no longer in force", export.Error.Message, StringComparison.Ordinal);
        await using var after = database.NewContext();
        Assert.Equal(0, await after.BillingClaims.CountAsync(c => c.ExportedIn != null, token));
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
