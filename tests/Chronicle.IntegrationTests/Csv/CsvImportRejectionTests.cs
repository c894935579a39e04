namespace Chronicle.IntegrationTests.Csv;

using System.Globalization;
using Chronicle.Data.Codes;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>Bad input: a clear error naming file, line and column, and nothing written from that file.</summary>
public sealed class CsvImportRejectionTests
{
    private const string PatientHeader = "mrn,first_name,last_name,birth_date,sex,mbi,address_line,city,state,zip,phone,qmb";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_wrong_header_names_the_columns_and_writes_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice");
        var path = files.Write("patients.csv", CsvFiles.FixtureText("patients").Replace("birth_date", "dob", StringComparison.Ordinal));

        var result = await CsvFiles.ImportAsync(database, "patients", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"error: {path}:1: The header does not match a patients file", result.Error, StringComparison.Ordinal);
        Assert.Contains("missing required column(s) birth_date", result.Error, StringComparison.Ordinal);
        Assert.Contains("unknown column(s) dob", result.Error, StringComparison.Ordinal);
        Assert.Contains("mrn, first_name, last_name, birth_date, sex (required)", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing from them was written", result.Output, StringComparison.Ordinal);
        Assert.Equal((1, 0, 0, 0, 0), await RowCounts.OfAsync(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_invalid_MBI_rejects_the_file_naming_file_line_and_column(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice", "patients");
        var path = files.Write("patients.csv",
            $"{PatientHeader}\nLK2001,Ada,Moss,1950-01-01,female,,,,,,,\nLK1001,Eleanor,Whitfield,1948-06-14,female,1EG4-TE5-MKO3,,,,,,\n");

        var result = await CsvFiles.ImportAsync(database, "patients", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"error: {path}:3 [mbi]: '1EG4-TE5-MKO3' is not an MBI", result.Error, StringComparison.Ordinal);
        Assert.Contains("read 2, created 0, updated 0, unchanged 0, rejected 1", result.Output, StringComparison.Ordinal);
        Assert.Equal((1, 0, 3, 0, 0), await RowCounts.OfAsync(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_birth_date_in_the_future_rejects_the_file(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice");
        var future = DateOnly.FromDateTime(TestClock.Now.UtcDateTime).AddDays(40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var path = files.Write("patients.csv", $"{PatientHeader}\nLK2001,Ada,Moss,1950-01-01,female,,,,,,,\nLK2002,Ben,Moss,{future},male,,,,,,,\n");

        var result = await CsvFiles.ImportAsync(database, "patients", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"error: {path}:3 [birth_date]: The birth date {future} is in the future", result.Error, StringComparison.Ordinal);
        Assert.Equal((1, 0, 0, 0, 0), await RowCounts.OfAsync(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_invalid_ICD10_code_rejects_the_file(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice", "patients");
        var path = files.Write("conditions.csv", "mrn,code,onset_date,abatement_date,chronic\nLK1001,E11.9,2015-03-01,,\nLK1001,250.00,2015-03-01,,\n");

        var result = await CsvFiles.ImportAsync(database, "conditions", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"error: {path}:3 [code]: '250.00' is not an ICD-10-CM code", result.Error, StringComparison.Ordinal);
        Assert.Equal((1, 0, 3, 0, 0), await RowCounts.OfAsync(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task With_a_code_set_loaded_codes_not_in_the_release_are_rejected(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice", "patients");
        await using (var db = database.NewContext())
        {
            db.Icd10Codes.AddRange(
                new Icd10CodeEntry { FiscalYear = 2026, Code = "E11", Billable = false, Description = "Type 2 diabetes mellitus" },
                new Icd10CodeEntry { FiscalYear = 2026, Code = "E119", Billable = true, Description = "Type 2 diabetes mellitus without complications" },
                new Icd10CodeEntry { FiscalYear = 2026, Code = "I10", Billable = true, Description = "Essential (primary) hypertension" });
            await db.SaveChangesAsync(Ct);
        }

        var path = files.Write("conditions.csv", "mrn,code\nLK1001,E11.9\nLK1001,E11.65\nLK1002,E11\nLK1002,I10\n");
        var result = await CsvFiles.ImportAsync(database, "conditions", path, "--json");

        var report = CsvFiles.Json(result);
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(report.GetProperty("warnings").EnumerateArray());
        var issues = report.GetProperty("issues").EnumerateArray().ToList();
        Assert.Equal([3, 4], issues.Select(i => i.GetProperty("line").GetInt32()));
        Assert.Equal("E11.65 is not in ICD-10-CM FY2026.", issues[0].GetProperty("reason").GetString());
        Assert.Contains("E11 is a category header in FY2026", issues[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal((1, 0, 3, 0, 0), await RowCounts.OfAsync(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Partial_writes_the_good_rows_only_and_still_reports_the_bad_ones(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice");
        var path = files.Write("patients.csv",
            $"{PatientHeader}\nLK2001,Ada,Moss,1950-01-01,female,,,,,,,\nLK2002,Ben,Moss,1950-13-01,male,,,,,,,\n" +
            "LK2003,Cy,Moss,1951-02-02,male,,,,,,,\nLK2001,Ada,Moss,1950-01-01,female,,,,,,,\n");

        var result = await CsvFiles.ImportAsync(database, "patients", path, "--partial");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"{path}:3 [birth_date]", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:5 [mrn]: This row has the same mrn as line 2", result.Error, StringComparison.Ordinal);
        Assert.Contains("read 4, created 2, updated 0, unchanged 0, rejected 2", result.Output, StringComparison.Ordinal);
        Assert.Equal((1, 0, 2, 0, 0), await RowCounts.OfAsync(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_quote_never_closed_writes_nothing_even_with_partial(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice");
        var path = files.Write("patients.csv", $"{PatientHeader}\nLK2001,Ada,Moss,1950-01-01,female,,,,,,,\nLK2002,Ben,Moss,1950-01-01,male,,\"12 Elm,,,,,\n");

        var result = await CsvFiles.ImportAsync(database, "patients", path, "--partial");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"{path}:3: The quoted field that opens on line 3 is never closed", result.Error, StringComparison.Ordinal);
        Assert.Equal((1, 0, 0, 0, 0), await RowCounts.OfAsync(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Visits_for_an_unknown_MRN_are_rejected_with_their_line(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice", "patients");
        var path = files.Write("visits.csv", "mrn,date,code,npi\nLK1001,2025-10-14,99214,1625384973\nLK0000,2025-10-15,99214,1625384973\n");

        var result = await CsvFiles.ImportAsync(database, "visits", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"{path}:3 [mrn]: No patient of Lakeside Internal Medicine has the MRN LK0000", result.Error, StringComparison.Ordinal);
        Assert.Equal((1, 0, 3, 0, 0), await RowCounts.OfAsync(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rows_cannot_be_imported_before_there_is_a_practice(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var result = await CsvFiles.ImportAsync(database, "patients", CsvFiles.Fixture("patients"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("There is no practice yet", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_Synthea_CSV_export_is_not_an_import_format_and_is_refused_by_its_header(string provider)
    {
        var synthea = TestEnvironment.SubsetFile(Path.Combine("synthea", "csv", "patients.csv"));
        await using var database = await TestDatabase.CreateAsync(provider);
        await CsvFiles.ImportFixturesAsync(database, "practice");

        var result = await CsvFiles.ImportAsync(database, "patients", synthea);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("missing required column(s) mrn, first_name, last_name, birth_date, sex", result.Error, StringComparison.Ordinal);
        Assert.Equal((1, 0, 0, 0, 0), await RowCounts.OfAsync(database));
    }
}
