namespace Chronicle.IntegrationTests.Time;

using System.Text.Json;
using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>chronicle import csv time and chronicle time summary, in-process on both databases.</summary>
public sealed class TimeCliTests
{
    // LS-01 is the billing practitioner, LS-02 an RN, LS-03 non-clinical (Csv/Fixtures/staff.csv).
    private const string TimeFile = """
        mrn,program,staff_id,start,minutes,activity,note,inpatient
        LK1001,ccm,LS-02,2026-03-03T09:00,12,phone-call,"Refills, BP log",false
        LK1001,ccm,LS-02,2026-03-17T14:30,10,care-coordination,,
        LK1001,ccm,LS-02,2026-03-17T14:35,10,record-review,Overlaps the call above,false
        LK1001,ccm,LS-01,2026-03-20T08:00,31,care-plan,,false
        LK1002,ccm,LS-02,2026-03-05T10:00,25,phone-call,,true
        LK1002,ccm,LS-03,2026-03-06T10:00,15,other,Scheduling,false
        LK1002,pcm,LS-02,2026-03-31T23:30,30,education,Late call,false
        LK1003,ccm,LS-02,2026-04-01T00:10,20,phone-call,,false
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Imported_time_is_summarised_per_patient_and_program_as_exact_json(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice", "staff", "patients");

        var import = await CsvFiles.ImportAsync(database, "time", files.Write("time.csv", TimeFile), "--json");
        var summary = await CliRunner.RunAsync(database, "time", "summary", "--month", "2026-03", "--json");

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Equal(8, CsvFiles.Count(CsvFiles.Json(import), "created"));
        Assert.True(summary.ExitCode == 0, summary.ToString());
        using var json = JsonDocument.Parse(summary.Output);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.All(rows, r => Assert.Equal(
            ["mrn", "program", "clinicalStaffMinutes", "billingPractitionerMinutes", "excludedMinutes"],
            r.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(
            ["LK1001 ccm 27 31 5", "LK1002 ccm 0 0 40", "LK1002 pcm 30 0 0"],
            rows.Select(r => $"{r.GetProperty("mrn").GetString()} {r.GetProperty("program").GetString()} {r.GetProperty("clinicalStaffMinutes").GetInt32()} {r.GetProperty("billingPractitionerMinutes").GetInt32()} {r.GetProperty("excludedMinutes").GetInt32()}"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Importing_again_changes_nothing_and_a_changed_row_becomes_a_correction(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice", "staff", "patients");
        var path = files.Write("time.csv", TimeFile);
        await CsvFiles.ImportAsync(database, "time", path, "--json");

        var again = CsvFiles.Json(await CsvFiles.ImportAsync(database, "time", path, "--json"));
        var changed = CsvFiles.Json(await CsvFiles.ImportAsync(database, "time",
            files.Write("changed.csv", TimeFile.Replace("2026-03-03T09:00,12", "2026-03-03T09:00,22", StringComparison.Ordinal)), "--json"));
        var summary = await CliRunner.RunAsync(database, "time", "summary", "--month", "2026-03", "--json");

        Assert.Equal(8, CsvFiles.Count(again, "unchanged"));
        Assert.Equal(0, CsvFiles.Count(again, "created"));
        Assert.Equal(1, CsvFiles.Count(changed, "updated"));
        Assert.Contains("\"clinicalStaffMinutes\": 37", summary.Output, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(9, db.TimeEntries.Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_file_with_bad_rows_names_each_and_writes_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice", "staff", "patients");
        var path = files.Write("bad.csv", """
            mrn,program,staff_id,start,minutes,activity
            LK1001,ccm,LS-02,2026-03-03T09:00,12,phone-call
            LK1001,ccm,LS-99,2026-03-04T09:00,12,phone-call
            LK1001,rpm,LS-02,2026-03-05T09:00,0,dancing
            LK1001,ccm,LS-02,2099-03-05T09:00,10,education
            LK1001,ccm,LS-02,2026-03-08T02:30,10,education
            """);

        var result = await CsvFiles.ImportAsync(database, "time", path);
        var summary = await CliRunner.RunAsync(database, "time", "summary", "--month", "2026-03", "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.csv:3", result.Error + result.Output, StringComparison.Ordinal);
        Assert.Contains("staff_id", result.Error + result.Output, StringComparison.Ordinal);
        Assert.Contains("activity", result.Error + result.Output, StringComparison.Ordinal);
        Assert.Contains("TIME-FUTURE", result.Error + result.Output, StringComparison.Ordinal);
        Assert.Contains("does not exist in America/Chicago", result.Error + result.Output, StringComparison.Ordinal);
        Assert.Equal("[]", summary.Output.Trim());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_month_not_in_the_form_yyyy_mm_is_refused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var result = await CliRunner.RunAsync(database, "time", "summary", "--month", "March");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("YYYY-MM", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
