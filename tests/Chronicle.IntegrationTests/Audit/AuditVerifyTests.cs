namespace Chronicle.IntegrationTests.Audit;

using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>
/// 'chronicle audit verify' against rows tampered with in raw SQL, as someone with database access
/// would: an edited row is named, a deleted one is named as missing, and so are rows deleted from
/// the end, thanks to the chain head.
/// </summary>
public sealed class AuditVerifyTests
{
    public static TheoryData<string, string, string> Edits => new()
    {
        { "sqlite", "What", "'csv patients import: patient updated'" },
        { "sqlite", "ActorName", "'someone-else'" },
        { "sqlite", "PatientId", "NULL" },
        { "postgres", "What", "'csv patients import: patient updated'" },
        { "postgres", "ActorName", "'someone-else'" },
        { "postgres", "PatientId", "NULL" },
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_untouched_trail_verifies_with_its_count(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database);

        var text = await CliRunner.RunAsync(database, "audit", "verify");
        var (json, report) = await AuditData.VerifyAsync(database);

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.StartsWith("The audit trail is intact: 6 events, ending at event 6 (hash ", text.Output, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        Assert.True(report.GetProperty("intact").GetBoolean());
        Assert.Equal(6, report.GetProperty("head").GetProperty("sequence").GetInt64());
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task Editing_one_audit_row_makes_verify_fail_and_name_it(string provider, string column, string value)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database);

        await AuditData.ExecuteAsync(database, $"""UPDATE "AuditEvents" SET "{column}" = {value} WHERE "Sequence" = 3""");
        var text = await CliRunner.RunAsync(database, "audit", "verify");
        var (json, report) = await AuditData.VerifyAsync(database);

        Assert.Equal(1, text.ExitCode);
        Assert.Contains("error: the audit trail is broken at event 3: Event 3 no longer matches its hash: it was edited.", text.Error, StringComparison.Ordinal);
        Assert.Contains("event 3: edited:", text.Output, StringComparison.Ordinal);
        Assert.Equal(1, json.ExitCode);
        Assert.False(report.GetProperty("intact").GetBoolean());
        Assert.Equal(3, report.GetProperty("firstBroken").GetInt64());
        Assert.Equal(1, report.GetProperty("breakCount").GetInt32());
        Assert.Equal("edited", report.GetProperty("breaks")[0].GetProperty("kind").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Deleting_a_middle_row_is_named_as_missing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database);

        await AuditData.ExecuteAsync(database, """DELETE FROM "AuditEvents" WHERE "Sequence" = 4""");
        var (result, report) = await AuditData.VerifyAsync(database);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(4, report.GetProperty("firstBroken").GetInt64());
        var only = Assert.Single(report.GetProperty("breaks").EnumerateArray());
        Assert.Equal("missing", only.GetProperty("kind").GetString());
        Assert.Equal("Event 4 is missing: deleted from the trail.", only.GetProperty("message").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Deleting_the_last_rows_is_caught_by_the_chain_head_even_after_new_events(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database);

        await AuditData.ExecuteAsync(database, """DELETE FROM "AuditEvents" WHERE "Sequence" >= 5""");
        var (atEnd, endReport) = await AuditData.VerifyAsync(database);
        Assert.Equal(0, (await CliRunner.RunAsync(database, "eligibility", "--json")).ExitCode);
        var (later, laterReport) = await AuditData.VerifyAsync(database);

        Assert.Equal(1, atEnd.ExitCode);
        Assert.Equal(5, endReport.GetProperty("firstBroken").GetInt64());
        Assert.StartsWith("Events 5–6 are missing: deleted from the end of the trail", endReport.GetProperty("breaks")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, later.ExitCode);
        Assert.Equal(5, laterReport.GetProperty("firstBroken").GetInt64());
        Assert.Equal(7, laterReport.GetProperty("head").GetProperty("sequence").GetInt64());
        Assert.Equal("Events 5–6 are missing: deleted from the trail.", laterReport.GetProperty("breaks")[0].GetProperty("message").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Deleting_the_chain_head_is_found_and_stops_further_appends(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database);

        await AuditData.ExecuteAsync(database, """DELETE FROM "AuditChainHeads" """);
        var (result, report) = await AuditData.VerifyAsync(database);
        var read = await CliRunner.RunAsync(database, "eligibility", "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("head-missing", report.GetProperty("breaks")[0].GetProperty("kind").GetString());
        Assert.Equal(1, read.ExitCode);
        Assert.Contains("error: The audit trail holds events but its chain head is gone", read.Error, StringComparison.Ordinal);
        Assert.Equal(6, (await AuditData.EventsAsync(database)).Count);
    }

    /// <summary>Practice, staff, patients (three events) and conditions (three more).</summary>
    private static async Task ImportAsync(TestDatabase database) =>
        await CsvFiles.ImportFixturesAsync(database, "practice", "staff", "patients", "conditions");
}
