namespace Chronicle.IntegrationTests.Codes;

using System.Text.Json;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>
/// Issue 22, "Must show": the right ICD-10-CM release for each date of service, and a new calendar
/// year billed from rules carried forward, on both databases.
/// </summary>
public sealed class CodeYearsTests
{
    /// <summary>A team-written plain extract in the PFS layout, standing in for CMS's RVU27A: the 2026 RVUs and conversion factor, labelled 2027.</summary>
    private const string Fees2027 =
        "hcpcs,status,total_rvu_nonfac,total_rvu_fac,conv_factor\n" +
        "99490,A,1.98,1.31,33.4009\n99439,A,1.51,0.92,33.4009\n99487,A,4.32,2.37,33.4009\n99489,A,2.34,1.31,33.4009\n" +
        "99491,A,2.67,1.96,33.4009\n99437,A,1.89,1.31,33.4009\n99424,A,2.62,1.94,33.4009\n99425,A,1.84,1.32,33.4009\n" +
        "99426,A,2.03,1.32,33.4009\n99427,A,1.62,0.94,33.4009\nG0506,A,1.99,1.15,33.4009\n";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_code_that_became_a_header_bills_in_September_is_blocked_in_October_naming_FY2027_and_bills_once_recoded(string provider)
    {
        await using var world = await CodeYearsWorld.CreateAsync(provider);
        await world.WorkAsync(2026, 9);
        await world.WorkAsync(2026, 10);

        var september = CodeYearsWorld.Decision(await world.CloseAsync("2026-09"));
        var october = CodeYearsWorld.Decision(await world.CloseAsync("2026-10"));
        await world.RecodeAsync("I42.0", "I42.00");
        var recoded = CodeYearsWorld.Decision(await world.CloseAsync("2026-10"));
        var status = await world.CliAsync("codes", "status", "--json");

        Assert.Equal("billable", september.GetProperty("status").GetString());
        Assert.Equal(["I10", "I420"], Diagnoses(september).Order());
        Assert.Equal("blocked", october.GetProperty("status").GetString());
        var reason = Assert.Single(october.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "INVALID-DIAGNOSIS");
        var message = reason.GetProperty("message").GetString()!;
        Assert.Contains("I42.0 is a category header in ICD-10-CM FY2027", message, StringComparison.Ordinal);
        Assert.Contains("code it as I42.00, I42.01 or I42.09", message, StringComparison.Ordinal);
        Assert.Equal("billable", recoded.GetProperty("status").GetString());
        Assert.Equal(["I10", "I4200"], Diagnoses(recoded).Order());
        Assert.True(status.ExitCode == 0, status.ToString());
        var releases = JsonDocument.Parse(status.Output).RootElement.GetProperty("icd10Releases").EnumerateArray()
            .Select(r => $"{r.GetProperty("name").GetString()} {r.GetProperty("effectiveFrom").GetString()} {r.GetProperty("effectiveTo").GetString()} {r.GetProperty("entries").GetInt32()}");
        Assert.Equal(["FY2027 2026-10-01 2027-09-30 62", "FY2026 2025-10-01 2026-09-30 55"], releases);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task January_2027_without_rules_says_what_to_do_and_writes_nothing_then_bills_provisionally_once_carried_forward_with_fees(string provider)
    {
        await using var world = await CodeYearsWorld.CreateAsync(provider);
        await world.RecodeAsync("I42.0", "I42.00");
        await world.WorkAsync(2027, 1);

        var noRules = await world.CloseAsync("2027-01");
        var noRulesDecisions = await world.DecisionsAsync(202701);
        await world.CliOkAsync("rules", "carry-forward", "--year", "2027");
        var noFees = await world.CloseAsync("2027-01");
        var noFeesDecisions = await world.DecisionsAsync(202701);
        var fees = Path.Combine(Path.GetTempPath(), $"chronicle-pfs-2027-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(fees, Fees2027, TestContext.Current.CancellationToken);
        try
        {
            await world.CliOkAsync("codes", "import", "pfs", fees, "--year", "2027");
        }
        finally
        {
            File.Delete(fees);
        }

        var billed = CodeYearsWorld.Decision(await world.CloseAsync("2027-01"));
        await world.CliOkAsync("rules", "confirm", "--year", "2027");
        var confirmed = CodeYearsWorld.Decision(await world.CloseAsync("2027-01"));

        AssertOneLineError(noRules, "RULES-MISSING: Chronicle has no billing rules for 2027: carry 2026's forward with 'chronicle rules carry-forward --year 2027'");
        Assert.Equal(0, noRulesDecisions);
        AssertOneLineError(noFees, "FEES-MISSING: Chronicle has no 2027 national amounts for 99490, 99439");
        Assert.Contains("chronicle codes import pfs", noFees.Error, StringComparison.Ordinal);
        Assert.Equal(0, noFeesDecisions);
        Assert.Equal("billable", billed.GetProperty("status").GetString());
        Assert.Equal(["I10", "I4200"], Diagnoses(billed).Order());
        Assert.Contains("PROVISIONAL-RULES", CodeYearsWorld.Reasons(billed));
        Assert.Equal("billable", confirmed.GetProperty("status").GetString());
        Assert.DoesNotContain("PROVISIONAL-RULES", CodeYearsWorld.Reasons(confirmed));
    }

    private static void AssertOneLineError(CliResult result, string expected)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Empty(result.Output);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: " + expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    private static List<string> Diagnoses(JsonElement decision) =>
        decision.GetProperty("claim").GetProperty("diagnoses").EnumerateArray().Select(d => d.GetString()!).ToList();
}
