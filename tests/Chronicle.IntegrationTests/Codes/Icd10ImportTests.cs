namespace Chronicle.IntegrationTests.Codes;

using System.IO.Compression;
using Chronicle.Application.Codes;
using Chronicle.Application.Practices;
using Chronicle.Application.Security;
using Chronicle.Domain.Codes;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>The official FY2026 release through the CLI, and validation against it (shared data; skipped where absent).</summary>
public sealed class Icd10ImportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Importing_the_FY2026_zip_loads_every_entry_and_importing_it_again_leaves_the_same_rows(string provider)
    {
        var zip = TestEnvironment.RequireFullData(CodeFixtures.Icd10Zip2026);
        await using var database = await TestDatabase.CreateAsync(provider);
        await MigrateAsync(database);
        var ct = TestContext.Current.CancellationToken;

        var first = await CliRunner.RunAsync(database, "codes", "import", "icd10cm", zip);
        var rowsAfterFirst = await RowsAsync(database);
        var second = await CliRunner.RunAsync(database, "codes", "import", "icd10cm", zip, "--json");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("98,186 codes, 74,719 billable and 23,467 headers", first.Output, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("\"replaced\": 98186", second.Output, StringComparison.Ordinal);
        Assert.Equal(98_186, rowsAfterFirst.Count);
        Assert.Equal(74_719, rowsAfterFirst.Count(r => r.Billable));
        Assert.Equal(rowsAfterFirst, await RowsAsync(database));
        await using var db = database.NewContext();
        var release = Assert.Single(await db.CodeSetReleases.AsNoTracking().ToListAsync(ct));
        Assert.Equal((ReferenceCodes.Icd10Kind, "FY2026", "2026-code-descriptions-tabular-order.zip/icd10cm_order_2026.txt", 98_186),
            (release.Kind, release.Name, release.SourceFile, release.EntryCount));
        Assert.Equal("FY2026", (await new GetPracticeOverview(db, new PatientAccess(db, new FixedActorContext(SystemActor.Value), TestClock.Provider)).ExecuteAsync(ct)).Icd10Release);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Validation_agrees_with_the_official_FY2026_files_for_billable_codes_headers_and_malformed_strings(string provider)
    {
        var zip = TestEnvironment.RequireFullData(CodeFixtures.Icd10Zip2026);
        var codesFile = TestEnvironment.RequireFullData(CodeFixtures.Icd10Codes2026);
        await using var database = await TestDatabase.CreateAsync(provider);
        await MigrateAsync(database);
        var imported = await CliRunner.RunAsync(database, "codes", "import", "icd10cm", zip);
        Assert.True(imported.ExitCode == 0, imported.ToString());

        await using var db = database.NewContext();
        var codeSet = await new ReferenceCodes(db).LoadIcd10Async(TestContext.Current.CancellationToken);

        Assert.Equal("FY2026", codeSet.Release);
        var billable = File.ReadLines(codesFile).Select(line => line[..7].TrimEnd()).ToList();
        Assert.Equal(74_719, billable.Count);
        Assert.DoesNotContain(billable, code => codeSet.Check(Icd10Code.Parse(code)) != Icd10Check.Billable);
        var headers = OrderFileHeaders(zip);
        Assert.Equal(98_186 - 74_719, headers.Count);
        Assert.Contains("E11", headers);
        Assert.DoesNotContain(headers, code => codeSet.Check(Icd10Code.Parse(code)) != Icd10Check.Header);
        foreach (var text in MalformedCodes)
        {
            Assert.False(Icd10Code.TryParse(text).IsValid, $"'{text}' should not parse as an ICD-10-CM code.");
        }

        foreach (var text in WellFormedButNotInFy2026)
        {
            Assert.Equal(Icd10Check.Unknown, codeSet.Check(Icd10Code.Parse(text)));
        }

        Assert.Equal(Icd10Check.Billable, codeSet.Check(Icd10Code.Parse("E11.9")));
        Assert.Equal(Icd10Check.Billable, codeSet.Check(Icd10Code.Parse("QA00101")));
        Assert.Contains("category header in FY2026", Icd10CodeSet.Describe(codeSet.Check(Icd10Code.Parse("E11")), Icd10Code.Parse("E11"), codeSet.Release), StringComparison.Ordinal);
    }

    private static readonly string[] MalformedCodes =
    [
        "", "   ", "E1", "E11.", "E.119", "E11.9.1", "E119.", "1E11", "E11-9", "E11 9", "EE11", "E1190001", "E11.99999", "É119", "E11.9A!", "e11..9", "Q",
    ];

    private static readonly string[] WellFormedButNotInFy2026 = ["E11.99X", "Z99.999", "I10.0", "U99", "QA9", "A00.3"];

    private static async Task MigrateAsync(TestDatabase database)
    {
        var migrated = await CliRunner.RunAsync(database, "db", "migrate");
        Assert.True(migrated.ExitCode == 0, migrated.ToString());
    }

    private static async Task<List<(string Code, bool Billable, string Description)>> RowsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return (await db.Icd10Codes.AsNoTracking().Where(c => c.FiscalYear == 2026).ToListAsync(TestContext.Current.CancellationToken))
            .Select(c => (c.Code, c.Billable, c.Description))
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The header codes (billable flag 0, column 15) of the order file, read straight from the zip.</summary>
    private static HashSet<string> OrderFileHeaders(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.GetEntry("icd10cm_order_2026.txt")!.Open());
        var headers = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line[14] == '0')
            {
                headers.Add(line.Substring(6, 7).TrimEnd());
            }
        }

        return headers;
    }
}
