namespace Chronicle.IntegrationTests.Csv;

using System.Text.Json;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

public sealed class CsvImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Practice_staff_patients_conditions_and_visits_import_in_order(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var reports = await CsvFiles.ImportFixturesAsync(database);

        Assert.Equal([1, 3, 3, 5, 3], reports.Select(r => CsvFiles.Count(r, "created")));
        Assert.All(reports, r => Assert.Equal(CsvFiles.Count(r, "read"), CsvFiles.Count(r, "created")));
        Assert.Equal((1, 3, 3, 5, 3), await RowCounts.OfAsync(database));

        await using var db = database.NewContext();
        var marcus = await db.Patients.SingleAsync(p => p.Mrn == "LK1002", Ct);
        Assert.Equal("45 \"Old Mill\" Road", marcus.Address.Line);
        Assert.True(marcus.Qmb);
        var grace = await db.Patients.SingleAsync(p => p.Mrn == "LK1003", Ct);
        Assert.Equal("7 Birch Court\nUnit B", grace.Address.Line);
        var okafor = await db.StaffMembers.SingleAsync(s => s.ExternalId == "LS-01", Ct);
        Assert.Equal(StaffRole.BillingPractitioner, okafor.Role);
        var cold = await db.Conditions.SingleAsync(c => c.Code == "J069", Ct);
        Assert.Equal("csv:J069:2025-12-01", cold.SourceKey);
        Assert.False(cold.IsChronic);
        var diabetes = await db.Conditions.SingleAsync(c => c.SourceKey == "csv:E119:2015-03-01", Ct);
        Assert.Equal("Diabetes", diabetes.Classification.Category);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Importing_the_same_files_again_changes_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await CsvFiles.ImportFixturesAsync(database);

        var again = await CsvFiles.ImportFixturesAsync(database);

        Assert.All(again, r =>
        {
            Assert.Equal(0, CsvFiles.Count(r, "created"));
            Assert.Equal(0, CsvFiles.Count(r, "updated"));
            Assert.Equal(CsvFiles.Count(r, "read"), CsvFiles.Count(r, "unchanged"));
        });
        Assert.Equal((1, 3, 3, 5, 3), await RowCounts.OfAsync(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_changed_row_is_updated_and_counted_once_even_from_a_BOM_and_CRLF_file(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice", "patients");
        var changed = CsvFiles.FixtureText("patients").Replace("60602,,true", "60602,312-555-0222,true", StringComparison.Ordinal);

        var result = await CsvFiles.ImportAsync(database, "patients", files.Write("patients.csv", changed, byteOrderMark: true, crlf: true));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("read 3, created 0, updated 1, unchanged 2, rejected 0", result.Output, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal("312-555-0222", (await db.Patients.SingleAsync(p => p.Mrn == "LK1002", Ct)).Phone);
        Assert.Equal("7 Birch Court\nUnit B", (await db.Patients.SingleAsync(p => p.Mrn == "LK1003", Ct)).Address.Line);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_practice_file_updates_the_practice_it_names_by_group_NPI(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice");
        var text = CsvFiles.FixtureText("practice").Replace("America/Chicago", "America/New_York", StringComparison.Ordinal)
            + "Hillcrest Clinic,1000000012,America/Denver,11,,,,,,\n";

        var result = await CsvFiles.ImportAsync(database, "practice", files.Write("practice.csv", text), "--json");

        var report = CsvFiles.Json(result);
        Assert.Equal((1, 1), (CsvFiles.Count(report, "created"), CsvFiles.Count(report, "updated")));
        await using var db = database.NewContext();
        var practices = await db.Practices.OrderBy(p => p.Name).ToListAsync(Ct);
        Assert.Equal(["Hillcrest Clinic", "Lakeside Internal Medicine"], practices.Select(p => p.Name));
        Assert.Equal("America/New_York", practices[1].TimeZoneId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task With_two_practices_the_practice_option_chooses_where_rows_go(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice");
        await CsvFiles.ImportAsync(database, "practice", files.Write("second.csv", "name,npi,time_zone,place_of_service\nHillcrest Clinic,1000000012,America/Denver,11\n"));

        var unnamed = await CsvFiles.ImportAsync(database, "patients", CsvFiles.Fixture("patients"));
        var named = await CsvFiles.ImportAsync(database, "patients", CsvFiles.Fixture("patients"), "--practice", "1000000012");

        Assert.Equal(1, unnamed.ExitCode);
        Assert.Contains("more than one practice", unnamed.Error, StringComparison.Ordinal);
        Assert.True(named.ExitCode == 0, named.ToString());
        await using var db = database.NewContext();
        var hillcrest = await db.Practices.SingleAsync(p => p.Name == "Hillcrest Clinic", Ct);
        Assert.Equal(3, await db.Patients.CountAsync(p => p.PracticeId == hillcrest.Id, Ct));
        Assert.Equal(3, await db.Patients.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_json_summary_has_every_count_warning_and_issue(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice", "patients");
        var text = "mrn,code,onset_date,chronic\nLK1001,E11.9,2015-03-01,\nLK1001,I10,2012-07-15,\nLK9999,I10,,\n";

        var result = await CsvFiles.ImportAsync(database, "conditions", files.Write("conditions.csv", text), "--json", "--partial");

        Assert.True(result.ExitCode == 1, result.ToString());
        var report = CsvFiles.Json(result);
        Assert.Equal(
            ["files", "read", "created", "updated", "unchanged", "rejected", "skipped", "filesNotWritten", "warnings", "issues"],
            report.EnumerateObject().Select(p => p.Name));
        Assert.Equal((1, 3, 2, 1, 0), (CsvFiles.Count(report, "files"), CsvFiles.Count(report, "read"),
            CsvFiles.Count(report, "created"), CsvFiles.Count(report, "rejected"), CsvFiles.Count(report, "filesNotWritten")));
        Assert.Contains("No ICD-10-CM code set is loaded", Assert.Single(report.GetProperty("warnings").EnumerateArray()).GetString(), StringComparison.Ordinal);
        var issue = Assert.Single(report.GetProperty("issues").EnumerateArray());
        Assert.EndsWith("conditions.csv", issue.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, issue.GetProperty("line").GetInt32());
        Assert.Equal("mrn", issue.GetProperty("field").GetString());
        Assert.Contains("No patient of Lakeside Internal Medicine has the MRN LK9999", issue.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Imported_conditions_make_a_patient_with_diabetes_and_hypertension_CCM_eligible(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await CsvFiles.ImportFixturesAsync(database);

        var result = await CliRunner.RunAsync(database, "eligibility", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var patients = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToDictionary(p => p.GetProperty("mrn").GetString()!);
        var eleanor = patients["LK1001"];
        Assert.True(eleanor.GetProperty("ccmEligible").GetBoolean());
        Assert.Equal(["E11.9", "I10"], eleanor.GetProperty("chronicConditions").EnumerateArray().Select(c => c.GetProperty("code").GetString()).Order());
        Assert.False(patients["LK1002"].GetProperty("ccmEligible").GetBoolean());
        Assert.True(patients["LK1002"].GetProperty("pcmEligible").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_date_of_death_from_elsewhere_survives_a_patients_import(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await CsvFiles.ImportFixturesAsync(database, "practice", "patients");
        await using (var db = database.NewContext())
        {
            var grace = await db.Patients.SingleAsync(p => p.Mrn == "LK1003", Ct);
            var today = new DateOnly(2026, 1, 1);
            grace.Update(new PatientDetails(grace.Mrn, grace.FirstName, grace.LastName, grace.BirthDate, grace.Sex, grace.Mbi,
                grace.Address, grace.Phone, grace.Qmb, new DateOnly(2025, 12, 24)), today);
            await db.SaveChangesAsync(Ct);
        }

        var again = CsvFiles.Json(await CsvFiles.ImportAsync(database, "patients", CsvFiles.Fixture("patients"), "--json"));

        Assert.Equal(3, CsvFiles.Count(again, "unchanged"));
        await using var check = database.NewContext();
        Assert.Equal(new DateOnly(2025, 12, 24), (await check.Patients.SingleAsync(p => p.Mrn == "LK1003", Ct)).DeceasedOn);
    }
}
