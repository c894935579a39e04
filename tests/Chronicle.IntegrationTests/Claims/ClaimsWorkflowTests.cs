namespace Chronicle.IntegrationTests.Claims;

using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>Approve, hold and export through 'chronicle claims', and the control-number sequence under concurrency.</summary>
public sealed class ClaimsWorkflowTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_approved_claims_are_exported_blocked_ones_cannot_be_approved_and_a_held_claim_stays_out(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider);
        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);
        var list = ClaimsWorld.Json(await world.RunAsync("claims", "list", "--month", ClaimsWorld.Month, "--json"));
        var claims = list.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("mrn").GetString()!, c => c.GetProperty("claimNumber").GetString()!);
        var path = world.Files.Write("out.x12", string.Empty);

        var nothing = await world.RunAsync("claims", "export", "--month", ClaimsWorld.Month, "--out", path);
        var blocked = await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--claim", claims["CL1002"]);
        var usage = await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month);
        var approve = await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--claim", claims["CL1001"]);
        var hold = await world.RunAsync("claims", "hold", "--month", ClaimsWorld.Month, "--claim", claims["CL1001"], "--note", "Check the fax first");
        var heldOut = await world.RunAsync("claims", "export", "--month", ClaimsWorld.Month, "--out", path);
        var held = ClaimsWorld.Json(await world.RunAsync("claims", "list", "--month", ClaimsWorld.Month, "--status", "on-hold", "--json"));

        Assert.Equal(3, claims.Count);
        Assert.True(nothing.ExitCode == 1 && nothing.Error.Contains(ClaimCodes.NothingToExport, StringComparison.Ordinal), nothing.ToString());
        Assert.True(blocked.ExitCode == 1 && blocked.Error.Contains(ClaimCodes.Blocked, StringComparison.Ordinal), blocked.ToString());
        Assert.Equal(2, usage.ExitCode);
        Assert.Equal(0, approve.ExitCode);
        Assert.Equal(0, hold.ExitCode);
        Assert.Equal(1, heldOut.ExitCode);
        var onHold = Assert.Single(held.GetProperty("claims").EnumerateArray());
        Assert.Equal(("CL1001", "Check the fax first"), (onHold.GetProperty("mrn").GetString(), onHold.GetProperty("note").GetString()));
        Assert.Equal(0, (await world.CountsAsync()).Files);
        Assert.Equal(0, new FileInfo(path).Length);

        // Approving all leaves the held claim alone (issue 14): it is approved on its own.
        var all = ClaimsWorld.Json(await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--all", "--json"));
        Assert.Empty(all.GetProperty("claims").EnumerateArray());
        Assert.Equal(0, (await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--claim", claims["CL1001"])).ExitCode);
        var export = await world.RunAsync("claims", "export", "--month", ClaimsWorld.Month, "--out", path, "--json");
        var second = await world.RunAsync("claims", "export", "--month", ClaimsWorld.Month, "--out", world.Files.Write("again.x12", string.Empty));
        var exported = ClaimsWorld.Json(await world.RunAsync("claims", "list", "--month", ClaimsWorld.Month, "--status", "exported", "--json"));
        var holdExported = await world.RunAsync("claims", "hold", "--month", ClaimsWorld.Month, "--claim", claims["CL1001"]);

        Assert.Equal([claims["CL1001"]], ClaimsWorld.Json(export).GetProperty("claims").EnumerateArray().Select(c => c.GetString()!));
        Assert.Equal(1, second.ExitCode);
        Assert.Single(exported.GetProperty("claims").EnumerateArray());
        Assert.True(exported.GetProperty("totals")[0].GetProperty("expectedPaymentCents").GetInt64() > 0);
        Assert.True(holdExported.ExitCode == 1 && holdExported.Error.Contains(ClaimCodes.Locked, StringComparison.Ordinal), holdExported.ToString());
        await NodeX12Check.AssertReadsAsync(path, claims: 1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Control_numbers_reserved_at_the_same_time_are_all_different(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var setup = database.NewContext())
        {
            await setup.Database.MigrateAsync(TestContext.Current.CancellationToken);
            setup.Practices.Add(Domain.Practices.Practice.Create(new Domain.Practices.PracticeDetails(
                "Sequence Clinic", Npi.Parse(ClaimsWorld.PracticeNpi), null, Address.Empty, null, Domain.Practices.PracticeTimeZone.Parse("America/Chicago"), "11")));
            await setup.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var numbers = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            await using var db = database.NewContext();
            var practice = await db.Practices.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            var file = ClaimFile.Reserve(practice.Id, new BillingMonth(2026, 3), DateTimeOffset.UnixEpoch, $"writer {i}");
            db.ClaimFiles.Add(file);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
            return file.ControlNumber;
        }));

        Assert.Equal(12, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.InRange(n, 1, 999_999_999));
    }
}
