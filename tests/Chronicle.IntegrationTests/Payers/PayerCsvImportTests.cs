namespace Chronicle.IntegrationTests.Payers;

using Chronicle.Domain.Payers;
using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>ADR 0220: the payers and coverage CSV kinds, their bad rows named by file, line and column, and nothing written from a bad file.</summary>
public sealed class PayerCsvImportTests
{
    private const string PayerHeader = "payer_id,name,kind,mac_jurisdiction,claim_format,receiver_id,receiver_qualifier,receiver_name";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_payer_rows_are_named_by_line_and_column_and_the_file_writes_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice");
        var path = files.Write("payers.csv", $"{PayerHeader}\n" +
            "00952,Medicare Part B,medicare-part-b,J8,837p,WPSJ8,ZZ,WPS\n" +
            "00953,Medicare Part B,medicare-part-b,,837p,WPSJ5,ZZ,WPS\n" +
            "LKMA1,Lakeside Advantage,medicare-advantage,J8,837p,LAKESIDEMA,ZZ,LAKESIDE\n" +
            "CIGNA,Cigna,private,,837x,CIGNA,Z,CIGNA\n");

        var result = await CsvFiles.ImportAsync(database, "payers", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"{path}:3 [mac_jurisdiction]: A Medicare Part A or Part B payer needs the MAC jurisdiction", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:4 [mac_jurisdiction]: Only a Medicare Part A or Part B payer has a MAC jurisdiction", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:5 [kind]: 'private' is not a payer kind", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:5 [claim_format]: '837x' is not a claim format Chronicle writes", result.Error, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(0, await db.Payers.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_coverage_rows_are_named_by_line_and_column_and_the_file_writes_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice", "patients");
        Assert.Equal(0, (await CsvFiles.ImportAsync(database, "payers", files.Write("payers.csv", CoverageFixtures.Payers))).ExitCode);
        var path = files.Write("coverage.csv", CoverageFixtures.Header +
            $"LK1001,{CoverageFixtures.MedicarePayerId},1EG4-TE5-MK73,,primary,2015-01-01,2026-02-28\n" +
            $"LK1001,{CoverageFixtures.AdvantagePayerId},LKM-5501,HMO,primary,2026-02-01,\n" +
            $"LK1002,{CoverageFixtures.MedicarePayerId},2CD5FG6HJ7O,,primary,2015-01-01,\n" +
            "LK1002,NOSUCH,X1,,primary,2015-01-01,\n" +
            $"LK1003,{CoverageFixtures.AdvantagePayerId},LKM-7,,first,2015-01-01,\n" +
            $"LK1003,{CoverageFixtures.AdvantagePayerId},LKM-7,,primary,2026-05-01,2026-04-30\n" +
            $"ZZ9999,{CoverageFixtures.AdvantagePayerId},LKM-8,,primary,2026-01-01,\n");

        var result = await CsvFiles.ImportAsync(database, "coverage", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"{path}:3 [start_date]: The patient already has primary coverage from 2015-01-01 to 2026-02-28; one primary at a time", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:4 [member_id]: Medicare Part B (WPS J8) is Original Medicare, so the member id is the patient's MBI: '2CD5FG6HJ7O' is not an MBI", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:5 [payer_id]: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("has no payer with the payer id NOSUCH; import the payers file first.", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:6 [order]: 'first' is not a coverage order", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:7 [end_date]: The coverage ends (2026-04-30) before it starts (2026-05-01).", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:8 [mrn]: ", result.Error, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(0, await db.Coverages.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Coverage_imports_once_updates_by_its_key_and_round_trips_through_the_csv_export(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice", "patients");
        var payers = files.Write("payers.csv", CoverageFixtures.Payers);
        var coverage = files.Write("coverage.csv", CoverageFixtures.Header +
            $"LK1001,{CoverageFixtures.MedicarePayerId},1eg4-te5-mk73,,primary,2015-01-01,\n" +
            $"LK1002,{CoverageFixtures.AdvantagePayerId},LKM-5502,HMO,primary,2024-01-01,\n");
        var ended = files.Write("ended.csv", CoverageFixtures.Header +
            $"LK1001,{CoverageFixtures.MedicarePayerId},1EG4TE5MK73,,primary,2015-01-01,2026-02-28\n" +
            $"LK1001,{CoverageFixtures.AdvantagePayerId},LKM-5501,HMO,primary,2026-03-01,\n");

        Assert.Equal(0, (await CsvFiles.ImportAsync(database, "payers", payers)).ExitCode);
        var first = CsvFiles.Json(await CsvFiles.ImportAsync(database, "coverage", coverage, "--json"));
        var again = CsvFiles.Json(await CsvFiles.ImportAsync(database, "coverage", coverage, "--json"));
        var changed = CsvFiles.Json(await CsvFiles.ImportAsync(database, "coverage", ended, "--json"));

        Assert.Equal((2, 0), (CsvFiles.Count(first, "created"), CsvFiles.Count(first, "updated")));
        Assert.Equal((0, 2), (CsvFiles.Count(again, "created"), CsvFiles.Count(again, "unchanged")));
        Assert.Equal((1, 1), (CsvFiles.Count(changed, "created"), CsvFiles.Count(changed, "updated")));
        await using var db = database.NewContext();
        var stored = await db.Coverages.OrderBy(c => c.Start).ToListAsync(Ct);
        Assert.Equal(3, stored.Count);
        Assert.Equal("1EG4TE5MK73", stored[0].MemberId);
        Assert.Equal((CoverageOrder.Primary, new DateOnly(2026, 2, 28)), (stored[0].Order, stored[0].End!.Value));

        var folder = Path.Combine(Path.GetTempPath(), $"chronicle-export-{Guid.NewGuid():N}");
        try
        {
            var export = await CliRunner.RunAsync(database, "export", "csv", "--out", folder);
            Assert.True(export.ExitCode == 0, export.ToString());
            var lines = await File.ReadAllLinesAsync(Path.Combine(folder, "coverage.csv"), Ct);
            Assert.Equal(CoverageFixtures.Header.TrimEnd('\n'), lines[0]);
            Assert.Contains($"LK1001,{CoverageFixtures.AdvantagePayerId},LKM-5501,HMO,primary,2026-03-01,", lines);
            Assert.Contains(CoverageFixtures.MedicarePayerId + ",Medicare Part B (WPS J8),medicare-part-b,J8,837p,WPSJ8,ZZ,WPS GOVERNMENT HEALTH ADMINISTRATORS,",
                await File.ReadAllLinesAsync(Path.Combine(folder, "payers.csv"), Ct));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
