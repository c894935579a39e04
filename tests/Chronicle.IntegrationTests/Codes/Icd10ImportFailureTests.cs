namespace Chronicle.IntegrationTests.Codes;

using Chronicle.Application.Codes;
using Chronicle.Domain.Codes;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>Small files written by the tests: what a bad release file does (nothing) and how the CLI says so.</summary>
public sealed class Icd10ImportFailureTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bad_release_file_writes_nothing_and_leaves_the_loaded_release_in_place(string provider)
    {
        using var files = new CodeFixtures();
        var good = files.Write("icd10cm_order_2030.txt", CodeFixtures.SmallRelease());
        var bad = files.Write("icd10cm_order_2030_fixed.txt", CodeFixtures.SmallRelease()
            .Take(2)
            .Append("00003 I10     1 Too short")
            .Append(CodeFixtures.OrderLine(4, "N18.4", true, "Chronic kidney disease, stage 4")));
        await using var database = await TestDatabase.CreateAsync(provider);
        await CliRunner.RunAsync(database, "db", "migrate");

        var loaded = await CliRunner.RunAsync(database, "codes", "import", "icd10cm", good);
        var rejected = await CliRunner.RunAsync(database, "codes", "import", "icd10cm", bad);

        Assert.True(loaded.ExitCode == 0, loaded.ToString());
        Assert.True(rejected.ExitCode == 1, rejected.ToString());
        Assert.Contains("error: icd10cm_order_2030_fixed.txt:3: the line has 25 characters", rejected.Error, StringComparison.Ordinal);
        Assert.Contains("error: icd10cm_order_2030_fixed.txt:4: columns 7-13: 'N18.4' has a dot", rejected.Error, StringComparison.Ordinal);
        Assert.Contains("nothing from them was written", rejected.Output, StringComparison.Ordinal);
        await using var db = database.NewContext();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(["E11", "E119", "I10", "I50", "I509"], await db.Icd10Codes.OrderBy(c => c.Code).Select(c => c.Code).ToListAsync(ct));
        Assert.Equal("icd10cm_order_2030.txt", (await db.CodeSetReleases.SingleAsync(ct)).SourceFile);
    }

    [Fact]
    public async Task Bad_files_are_refused_with_a_message_naming_the_file()
    {
        using var files = new CodeFixtures();
        var notZip = files.Write("release.zip", ["this is not a zip"]);
        var csv = files.Write("icd10cm_order_2030.txt", ["condition,code_system,code", "Diabetes,ICD-10-CM,E119"]);
        var noYear = files.Write("order.txt", CodeFixtures.SmallRelease());
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await CliRunner.RunAsync(database, "db", "migrate");

        var missing = await CliRunner.RunAsync(database, "codes", "import", "icd10cm", files.PathOf("absent.zip"));
        var notAZip = await CliRunner.RunAsync(database, "codes", "import", "icd10cm", notZip, "--json");
        var wrongLayout = await CliRunner.RunAsync(database, "codes", "import", "icd10cm", csv);
        var withoutYear = await CliRunner.RunAsync(database, "codes", "import", "icd10cm", noYear);

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("absent.zip: the file does not exist.", missing.Error, StringComparison.Ordinal);
        Assert.Equal(1, notAZip.ExitCode);
        Assert.Contains("\"file\": \"release.zip\"", notAZip.Output, StringComparison.Ordinal);
        Assert.Contains("not a readable zip archive", notAZip.Output, StringComparison.Ordinal);
        Assert.Equal(1, wrongLayout.ExitCode);
        Assert.Contains("icd10cm_order_2030.txt:1: the line has neither the CMS order-file layout", wrongLayout.Error, StringComparison.Ordinal);
        Assert.Equal(1, withoutYear.ExitCode);
        Assert.Contains("give it explicitly", withoutYear.Error, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(0, await db.Icd10Codes.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.CodeSetReleases.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_year_option_names_the_release_of_a_file_whose_name_does_not()
    {
        using var files = new CodeFixtures();
        var file = files.Write("order.txt", CodeFixtures.SmallRelease());
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await CliRunner.RunAsync(database, "db", "migrate");

        var result = await CliRunner.RunAsync(database, "codes", "import", "icd10cm", file, "--year", "2031");
        var usage = await CliRunner.RunAsync(database, "codes", "import", "icd10cm", file, "--year", "next");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Loaded ICD-10-CM FY2031 from order.txt: 5 codes, 3 billable and 2 headers.", result.Output, StringComparison.Ordinal);
        Assert.Equal(2, usage.ExitCode);
    }

    [Fact]
    public async Task Fiscal_years_stay_loaded_side_by_side_whatever_the_import_order_and_each_checks_its_own_dates()
    {
        using var files = new CodeFixtures();
        var newer = files.Write("icd10cm_order_2031.txt", CodeFixtures.SmallRelease());
        var older = files.Write("icd10cm_order_2030.txt", CodeFixtures.SmallRelease().Take(3));
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await CliRunner.RunAsync(database, "db", "migrate");

        await CliRunner.RunAsync(database, "codes", "import", "icd10cm", newer);
        var result = await CliRunner.RunAsync(database, "codes", "import", "icd10cm", older);
        var status = await CliRunner.RunAsync(database, "codes", "status", "--json");

        Assert.Contains("loaded: FY2030 (in force 2029-10-01 to 2030-09-30), FY2031 (in force 2030-10-01 to 2031-09-30).", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"effectiveFrom\": \"2030-10-01\"", status.Output, StringComparison.Ordinal);
        await using var db = database.NewContext();
        var codes = new ReferenceCodes(db);
        var token = TestContext.Current.CancellationToken;
        Assert.Equal("FY2031", (await codes.LoadIcd10Async(token)).Release);
        var fy2030 = await codes.LoadIcd10Async(new DateOnly(2030, 9, 30), token);
        var fy2031 = await codes.LoadIcd10Async(new DateOnly(2030, 10, 1), token);
        Assert.Equal(("FY2030", Icd10Check.Unknown), (fy2030.Release, fy2030.Check(Icd10Code.Parse("I50.9"))));
        Assert.Equal(("FY2031", Icd10Check.Billable), (fy2031.Release, fy2031.Check(Icd10Code.Parse("I50.9"))));
    }

    [Fact]
    public async Task Without_a_code_set_validation_is_format_only_and_status_warns()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await CliRunner.RunAsync(database, "db", "migrate");

        var status = await CliRunner.RunAsync(database, "codes", "status");

        Assert.Equal(0, status.ExitCode);
        Assert.Contains("warning: No ICD-10-CM code set is loaded: codes are checked for their format only", status.Error, StringComparison.Ordinal);
        await using var db = database.NewContext();
        var codeSet = await new ReferenceCodes(db).LoadIcd10Async(TestContext.Current.CancellationToken);
        Assert.Equal(Icd10Check.FormatOnly, codeSet.Check(Icd10Code.Parse("Z99.999")));
    }
}
