namespace Chronicle.IntegrationTests.Claims;

using Chronicle.Application.Common;
using Chronicle.Application.Statements;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Interop.X12;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>
/// Issue 6 item 7: an exported claim is replaced (frequency 7) or voided (frequency 8) through
/// 'chronicle claims correct|void', goes out in the next export with REF*F8, and both our strict
/// reader and node-x12 accept the file.
/// </summary>
public sealed class ClaimCorrectionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_exported_claim_is_replaced_with_the_month_as_it_now_stands_then_voided_and_each_file_reads_back(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider);
        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);
        Assert.Equal(0, (await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--all")).ExitCode);
        var first = world.Files.Write("first.x12", string.Empty);
        var original = ClaimsWorld.Json(await world.RunAsync("claims", "export", "--month", ClaimsWorld.Month, "--out", first, "--json"))
            .GetProperty("claims")[0].GetString()!;

        // Twenty more minutes turned up late: the correction unlocks the month, the time goes in, the
        // next close refreshes the replacement (a second 99439) and it goes out once approved.
        var replaced = ClaimsWorld.Json(await world.RunAsync("claims", "correct", "--claim", original, "--reason", "Late minutes", "--json"));
        var replacement = replaced.GetProperty("claimNumber").GetString()!;
        await world.ImportAsync("time", "mrn,program,staff_id,start,minutes,activity,note,inpatient\nCL1001,ccm,CT-02,2026-03-24T11:00,20,phone-call,,false\n");
        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);
        Assert.Equal(0, (await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--claim", replacement)).ExitCode);
        var second = world.Files.Write("second.x12", string.Empty);
        Assert.Equal(0, (await world.RunAsync("claims", "export", "--month", ClaimsWorld.Month, "--out", second)).ExitCode);
        var statements = await world.UseCaseAsync<ListStatements, Result<IReadOnlyList<StatementRow>>>(u => u.ExecuteAsync(BillingMonth.Parse(ClaimsWorld.Month), null, TestContext.Current.CancellationToken));

        Assert.Equal((7, original, "ready", true), (replaced.GetProperty("frequency").GetInt32(), replaced.GetProperty("originalReference").GetString(),
            replaced.GetProperty("status").GetString(), replaced.GetProperty("timeUnlocked").GetBoolean()));
        var sent = await ReadSingleAsync(second);
        Assert.Equal((replacement, "7", original), (sent.ClaimId, sent.Frequency, sent.OriginalClaimReference));
        Assert.Equal(["99490x1", "99439x2"], sent.Lines.Select(l => $"{l.Code}x{(int)l.Units}"));
        Assert.Equal(replacement, Assert.Single(statements.Value!).ClaimNumber);
        await NodeX12Check.AssertReadsAsync(second, claims: 1);

        var voided = ClaimsWorld.Json(await world.RunAsync("claims", "void", "--claim", replacement, "--reference", "ICN-22026031000123", "--json"));
        var third = world.Files.Write("third.x12", string.Empty);
        Assert.Equal(0, (await world.RunAsync("claims", "export", "--month", ClaimsWorld.Month, "--out", third)).ExitCode);
        var again = await world.RunAsync("claims", "void", "--claim", voided.GetProperty("claimNumber").GetString()!);
        var list = ClaimsWorld.Json(await world.RunAsync("claims", "list", "--month", ClaimsWorld.Month, "--json")).GetProperty("claims").EnumerateArray()
            .Where(c => c.GetProperty("mrn").GetString() == "CL1001").Select(c => (c.GetProperty("frequency").GetInt32(), c.GetProperty("status").GetString())).ToList();
        var close = ClaimsWorld.Json(await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month, "--json")).EnumerateArray()
            .Single(d => d.GetProperty("mrn").GetString() == "CL1001");
        var noStatements = await world.UseCaseAsync<ListStatements, Result<IReadOnlyList<StatementRow>>>(u => u.ExecuteAsync(BillingMonth.Parse(ClaimsWorld.Month), null, TestContext.Current.CancellationToken));

        var voidSent = await ReadSingleAsync(third);
        Assert.Equal(("8", "ICN-22026031000123"), (voidSent.Frequency, voidSent.OriginalClaimReference));
        Assert.Equal(sent.Lines.Select(l => (l.Code, l.Units, l.Charge)), voidSent.Lines.Select(l => (l.Code, l.Units, l.Charge)));
        await NodeX12Check.AssertReadsAsync(third, claims: 1);
        Assert.True(again.ExitCode == 1 && again.Error.Contains(ClaimCodes.Voided, StringComparison.Ordinal), again.ToString());
        Assert.Equal([(1, "superseded"), (7, "superseded"), (8, "exported")], list);
        Assert.Equal(65, close.GetProperty("countedMinutes").GetProperty("clinicalStaff").GetInt32());
        Assert.Empty(noStatements.Value!);
        Assert.Equal((4, 5, 3), await world.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_an_exported_claim_is_corrected_and_the_reference_cannot_carry_separators(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider);
        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);
        var claims = ClaimsWorld.Json(await world.RunAsync("claims", "list", "--month", ClaimsWorld.Month, "--json")).GetProperty("claims").EnumerateArray()
            .ToDictionary(c => c.GetProperty("mrn").GetString()!, c => c.GetProperty("claimNumber").GetString()!);

        var notExported = await world.RunAsync("claims", "correct", "--claim", claims["CL1001"]);
        var unknown = await world.RunAsync("claims", "void", "--claim", "C0000000000000000000");
        var usage = await world.RunAsync("claims", "void");
        Assert.Equal(0, (await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--claim", claims["CL1001"])).ExitCode);
        Assert.Equal(0, (await world.RunAsync("claims", "export", "--month", ClaimsWorld.Month, "--out", world.Files.Write("march.x12", string.Empty))).ExitCode);
        var hostile = await world.RunAsync("claims", "void", "--claim", claims["CL1001"], "--reference", "ICN*1~ISA");

        Assert.True(notExported.ExitCode == 1 && notExported.Error.Contains(ClaimCodes.NotExported, StringComparison.Ordinal), notExported.ToString());
        Assert.True(unknown.ExitCode == 1 && unknown.Error.Contains(ClaimCodes.NotFound, StringComparison.Ordinal), unknown.ToString());
        Assert.Equal(2, usage.ExitCode);
        Assert.True(hostile.ExitCode == 1 && hostile.Error.Contains(ClaimCodes.BadReference, StringComparison.Ordinal), hostile.ToString());
        Assert.Equal((4, 3, 1), await world.CountsAsync());
    }

    private static async Task<ReadClaim> ReadSingleAsync(string path)
    {
        var read = Claim837Reader.Read(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        return Assert.Single(read.Contents.Claims);
    }
}
