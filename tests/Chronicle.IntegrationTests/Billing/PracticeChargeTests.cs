namespace Chronicle.IntegrationTests.Billing;

using System.Text.Json.Nodes;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>'chronicle billing charges set|list' on both databases.</summary>
public sealed class PracticeChargeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_charge_is_set_per_code_and_a_new_amount_replaces_the_old(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seeded = await CliRunner.RunAsync(database, "demo", "seed");
        Assert.True(seeded.ExitCode == 0, seeded.ToString());

        var first = await CliRunner.RunAsync(database, "billing", "charges", "set", "99490", "85.00");
        var second = await CliRunner.RunAsync(database, "billing", "charges", "set", "99490", "$95.50");
        var other = await CliRunner.RunAsync(database, "billing", "charges", "set", "g0506", "120");
        var list = await CliRunner.RunAsync(database, "billing", "charges", "list", "--json");

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0 && other.ExitCode == 0, $"{first}\n{second}\n{other}");
        Assert.True(list.ExitCode == 0, list.ToString());
        var charges = JsonNode.Parse(list.Output)!.AsArray();
        Assert.Equal(
            [("99490", "95.50"), ("G0506", "120.00")],
            charges.Select(c => ((string)c!["code"]!, (string)c["amount"]!)));
    }

    [Theory]
    [InlineData("9949", "85.00", "not a CPT/HCPCS code")]
    [InlineData("99490", "85.001", "fractions of a cent")]
    [InlineData("99490", "0", "more than zero")]
    public async Task A_bad_code_or_amount_is_refused(string code, string amount, string expected)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");

        var result = await CliRunner.RunAsync(database, "billing", "charges", "set", code, amount);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }
}
