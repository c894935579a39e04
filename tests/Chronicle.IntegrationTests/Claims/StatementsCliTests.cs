namespace Chronicle.IntegrationTests.Claims;

using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Statements;
using Chronicle.IntegrationTests.Submission;

/// <summary>Issue 6 item 8 from the command line: 'chronicle statements list|mark-sent'; estimates are refused, the 835's statement is sent (ADR 0255).</summary>
public sealed class StatementsCliTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Statements_to_send_are_listed_and_marked_sent_once_from_the_command_line(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider);
        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);
        var none = ClaimsWorld.Json(await world.RunAsync("statements", "list", "--month", ClaimsWorld.Month, "--json"));
        Assert.Equal(0, (await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--all")).ExitCode);
        var estimate = ClaimsWorld.Json(await world.RunAsync("statements", "list", "--month", ClaimsWorld.Month, "--json"));
        var refused = await world.RunAsync("statements", "mark-sent", "--month", ClaimsWorld.Month, "--claim", estimate[0].GetProperty("claimNumber").GetString()!);
        var read = (await StatementRemittances.ExportAsync(world))["CL1001"];
        await StatementRemittances.ImportAsync(world, "era.835", ResponseFiles.Remit835([new PaidClaim(read.ClaimId, "1", "P1", [.. read.Lines.Select(ResponseFiles.Paid)])]));

        var listed = ClaimsWorld.Json(await world.RunAsync("statements", "list", "--month", ClaimsWorld.Month, "--json"));
        var claim = listed[0].GetProperty("claimNumber").GetString()!;
        var usage = await world.RunAsync("statements", "mark-sent", "--month", ClaimsWorld.Month);
        var unknown = await world.RunAsync("statements", "mark-sent", "--month", ClaimsWorld.Month, "--claim", "C0000000000000000000");
        var marked = ClaimsWorld.Json(await world.RunAsync("statements", "mark-sent", "--month", ClaimsWorld.Month, "--claim", claim, "--json"));
        var again = ClaimsWorld.Json(await world.RunAsync("statements", "mark-sent", "--month", ClaimsWorld.Month, "--all", "--json"));
        var after = ClaimsWorld.Json(await world.RunAsync("statements", "list", "--month", ClaimsWorld.Month, "--json"));
        var unsent = ClaimsWorld.Json(await world.RunAsync("statements", "list", "--month", ClaimsWorld.Month, "--unsent", "--json"));
        var table = await world.RunAsync("statements", "list", "--month", ClaimsWorld.Month);

        Assert.Equal(0, none.GetArrayLength());
        Assert.Equal(("estimate", "estimate"), (estimate[0].GetProperty("state").GetString(), estimate[0].GetProperty("source").GetString()));
        Assert.True(refused.ExitCode == 1 && refused.Error.Contains("STATEMENT-ESTIMATE", StringComparison.Ordinal), refused.ToString());
        Assert.Equal(("remittance", "EFT20261215001"), (listed[0].GetProperty("source").GetString(), listed[0].GetProperty("remittance").GetProperty("trace").GetString()));
        Assert.Equal(1, listed.GetArrayLength());
        Assert.Equal(("CL1001", System.Text.Json.JsonValueKind.Null), (listed[0].GetProperty("mrn").GetString(), listed[0].GetProperty("sentAt").ValueKind));
        Assert.True(listed[0].GetProperty("amountDueCents").GetInt64() > 0);
        Assert.Equal(2, usage.ExitCode);
        Assert.True(unknown.ExitCode == 1 && unknown.Error.Contains("STATEMENT-NOT-FOUND", StringComparison.Ordinal), unknown.ToString());
        Assert.Equal(claim, marked[0].GetProperty("claimNumber").GetString());
        Assert.Equal(0, again.GetArrayLength());
        Assert.Equal(marked[0].GetProperty("sentAt").GetDateTimeOffset(), after[0].GetProperty("sentAt").GetDateTimeOffset());
        Assert.Equal(0, unsent.GetArrayLength());
        Assert.True(table.ExitCode == 0 && table.Output.Contains("CL1001", StringComparison.Ordinal), table.ToString());
    }
}
