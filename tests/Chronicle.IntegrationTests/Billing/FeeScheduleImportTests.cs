namespace Chronicle.IntegrationTests.Billing;

using System.Globalization;
using System.Text.Json.Nodes;
using Chronicle.Application.Billing;
using Chronicle.Application.Codes;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;
using Chronicle.IntegrationTests.Codes;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>'chronicle codes import pfs' on both databases, and the built-in table checked against the CMS files (tests/data/pfs).</summary>
public sealed class FeeScheduleImportTests
{
    private const string Pfs2025 = "pfs/pprrvu_2025_oct_rvu25d_care_mgmt.csv";
    private const string Pfs2026 = "pfs/pprrvu_2026_jan_rvu26a_nonqpp_care_mgmt.csv";

    // A CMS-layout excerpt written for these tests: title and copyright lines, the two-line header,
    // a modifier row, a code not paid under the fee schedule and a footnote. Not CMS's numbers.
    private static readonly string[] CmsLayout =
    [
        ",,2027 National Physician Fee Schedule Relative Value File January Release,,,,,,,,,,,,,,,",
        ",,CPT codes and descriptions only are copyright American Medical Association.,,,,,,,,,,,,,,,",
        ",,,,,,NON-FAC,,FACILITY,,,NON-FACILITY,FACILITY,,,,CONV",
        "HCPCS,MOD,DESCRIPTION,STATUS CODE,NOT USED FOR MEDICARE PAYMENT,WORK RVU,PE RVU,NA INDICATOR,PE RVU,NA INDICATOR,MP RVU,TOTAL,TOTAL,PCTC IND,GLOB DAYS,MULT PROC,FACTOR",
        "99490,,Care management staff first 20,A,,1.00,1.00,,0.30,,0.07,2.07,1.37,0,XXX,0,34.0000",
        "99490,26,Component row,A,,1.00,0.10,,0.10,,0.07,1.17,1.17,1,XXX,0,34.0000",
        "99491,,Care management personal first 30,A,,1.50,1.10,,0.40,,0.10,2.70,2.00,0,XXX,0,34.0000",
        "G0511,,Rural clinic care management,X,,0.90,0.72,,0.00,,0.07,1.69,0.97,9,XXX,9,34.0000",
        "\"NOTE: relative values are not payment amounts\",,,,,,,,,,,,,,,,",
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Importing_the_CMS_2026_file_stores_the_amounts_the_built_in_table_has(string provider)
    {
        var file = TestEnvironment.SubsetFile(Pfs2026);
        await using var database = await TestDatabase.CreateAsync(provider);

        var first = await CliRunner.RunAsync(database, "codes", "import", "pfs", file);
        var second = await CliRunner.RunAsync(database, "codes", "import", "pfs", file, "--json");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("Loaded the 2026 national amounts of 22 codes from pprrvu_2026_jan_rvu26a_nonqpp_care_mgmt.csv (conversion factor 33.4009)", first.Output, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        var summary = JsonNode.Parse(second.Output)!;
        Assert.Equal((2026, 22, 22), ((int)summary["year"]!, (int)summary["codes"]!, (int)summary["replaced"]!));
        await using var db = database.NewContext();
        var stored = await db.FeeScheduleAmounts.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(22, stored.Count);
        Assert.All(stored, a =>
        {
            var builtIn = FeeSchedule.BuiltIn.Find(2026, a.Code)!;
            Assert.Equal((builtIn.NonFacility.Cents, builtIn.Facility.Cents), (a.NonFacilityCents, a.FacilityCents));
        });
        Assert.Equal(1, await db.CodeSetReleases.CountAsync(r => r.Kind == ImportFeeSchedule.Kind && r.Name == "CY2026", TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_CMS_layout_is_read_past_its_title_lines_and_the_engine_uses_the_imported_amounts(string provider)
    {
        using var files = new CodeFixtures();
        var file = files.Write("PPRRVU27_JAN.csv", CmsLayout);
        await using var database = await TestDatabase.CreateAsync(provider);

        var result = await CliRunner.RunAsync(database, "codes", "import", "pfs", file, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var summary = JsonNode.Parse(result.Output)!;
        Assert.Equal((2027, 2), ((int)summary["year"]!, (int)summary["codes"]!));
        Assert.Contains("rows with a modifier", summary["skipped"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("rows of status X", summary["skipped"]!.ToJsonString(), StringComparison.Ordinal);
        await using var db = database.NewContext();
        var references = await new LoadBillingReferences(db, new ReferenceCodes(db)).ExecuteAsync(new Domain.Common.BillingMonth(2027, 1), TestContext.Current.CancellationToken);
        Assert.Equal(Money.TryParse("70.38").Value, references.Fees.Find(2027, HcpcsCode.Parse("99490"))!.NonFacility);
        Assert.Equal(Money.TryParse("68.00").Value, references.Fees.Find(2027, HcpcsCode.Parse("99491"))!.Facility);
        Assert.Equal(FeeSchedule.BuiltIn.Find(2026, HcpcsCode.Parse("99490")), references.Fees.Find(2026, HcpcsCode.Parse("99490")));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_file_with_a_bad_number_writes_nothing_and_names_the_line_and_the_column(string provider)
    {
        using var files = new CodeFixtures();
        var good = files.Write("good_2026.csv", ["hcpcs,status,total_rvu_nonfac,total_rvu_fac,conv_factor", "99490,A,1.98,1.31,33.4009"]);
        var bad = files.Write("bad_2026.csv", ["hcpcs,status,total_rvu_nonfac,total_rvu_fac,conv_factor", "99490,A,2.00,1.31,33.4009", "99439,A,1,51,0.92,33.4009", "99491,A,2.67,1.9b,33.4009"]);
        await using var database = await TestDatabase.CreateAsync(provider);
        var loaded = await CliRunner.RunAsync(database, "codes", "import", "pfs", good);

        var result = await CliRunner.RunAsync(database, "codes", "import", "pfs", bad);

        Assert.True(loaded.ExitCode == 0, loaded.ToString());
        Assert.True(result.ExitCode == 1, result.ToString());
        var printed = result.Output + result.Error;
        Assert.Contains("bad_2026.csv:3", printed, StringComparison.Ordinal);
        Assert.Contains("the row of 99439 has 6 fields but the header 5", printed, StringComparison.Ordinal);
        Assert.Contains("bad_2026.csv:4 [facility total]", printed, StringComparison.Ordinal);
        Assert.Contains("the facility total of 99491 '1.9b' is not a number such as 1.98", printed, StringComparison.Ordinal);
        await using var db = database.NewContext();
        var amount = await db.FeeScheduleAmounts.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(6613, amount.NonFacilityCents);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_year_and_the_conversion_factor_can_be_given_and_a_file_without_a_year_is_refused(string provider)
    {
        using var files = new CodeFixtures();
        var file = files.Write("care_codes.csv", ["hcpcs,status,total_rvu_nonfac,total_rvu_fac,conv_factor", "99490,A,1.98,1.31,33.4009"]);
        var header = files.Write("no_header.csv", ["code,amount", "99490,66.13"]);
        await using var database = await TestDatabase.CreateAsync(provider);

        var withoutYear = await CliRunner.RunAsync(database, "codes", "import", "pfs", file);
        var qualifying = await CliRunner.RunAsync(database, "codes", "import", "pfs", file, "--year", "2026", "--conversion-factor", "33.5675");
        var notPfs = await CliRunner.RunAsync(database, "codes", "import", "pfs", header);
        var badFactor = await CliRunner.RunAsync(database, "codes", "import", "pfs", file, "--conversion-factor", "abc");

        Assert.True(withoutYear.ExitCode == 1, withoutYear.ToString());
        Assert.Contains("give it with --year", withoutYear.Output + withoutYear.Error, StringComparison.Ordinal);
        Assert.True(qualifying.ExitCode == 0, qualifying.ToString());
        Assert.True(notPfs.ExitCode == 1, notPfs.ToString());
        Assert.Contains("row starting with HCPCS", notPfs.Output + notPfs.Error, StringComparison.Ordinal);
        Assert.Equal(2, badFactor.ExitCode);
        await using var db = database.NewContext();
        var amount = await db.FeeScheduleAmounts.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((2026, 6646L, 33.5675m), (amount.Year, amount.NonFacilityCents, amount.ConversionFactor));
    }

    [Theory]
    [InlineData(Pfs2025, 2025)]
    [InlineData(Pfs2026, 2026)]
    public void The_built_in_table_is_total_RVUs_times_the_conversion_factor_of_the_CMS_files(string relative, int year)
    {
        var lines = File.ReadAllLines(TestEnvironment.SubsetFile(relative)).Skip(1).Select(l => l.Split(','));
        var paid = lines.Where(f => f[2] == "A" && !f[0].StartsWith("G00", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(paid);
        Assert.Equal(paid.Count, FeeSchedule.BuiltIn.Entries.Count(e => e.Year == year));
        Assert.All(paid, f =>
        {
            var entry = FeeSchedule.BuiltIn.Find(year, HcpcsCode.Parse(f[0]))!;
            var factor = decimal.Parse(f[10], CultureInfo.InvariantCulture);
            Assert.Equal(FeeScheduleEntry.Amount(decimal.Parse(f[7], CultureInfo.InvariantCulture), factor), entry.NonFacility);
            Assert.Equal(FeeScheduleEntry.Amount(decimal.Parse(f[8], CultureInfo.InvariantCulture), factor), entry.Facility);
        });
    }
}
