namespace Chronicle.Interop.Tests.Codes;

using Chronicle.Domain.Codes;
using Chronicle.Interop.Codes;
using Chronicle.Tests.Common;

/// <summary>The readers over the official CMS files in the full data sets' icd10cm folder (CHRONICLE_FULL_DATA; skipped where absent).</summary>
public sealed class OfficialIcd10ReleaseTests
{
    [Theory]
    [InlineData("2026-code-descriptions-tabular-order.zip", 2026, 98_186, 74_719)]
    [InlineData("2025-code-descriptions-tabular-order.zip", 2025, 97_584, 74_260)]
    public void The_official_zip_reads_every_entry_of_its_order_file(string zip, int year, int entries, int billable)
    {
        var path = FullDataSets.Require(Path.Combine("icd10cm", zip));

        using var file = Icd10ReleaseFile.TryOpen(path, null, out var issue);
        var rows = file!.ReadEntries().ToList();

        Assert.Null(issue);
        Assert.Equal(year, file.FiscalYear);
        Assert.Equal(Icd10FileLayout.Order, file.Layout);
        Assert.Equal($"{zip}/icd10cm_order_{year}.txt", file.Name);
        Assert.Empty(rows.Where(r => r.Issue is not null).Select(r => r.Issue!.ToString()));
        Assert.Equal(entries, rows.Count);
        Assert.Equal(billable, rows.Count(r => r.Value!.Billable));
        Assert.All(rows, r => Assert.True(Icd10Code.TryParse(r.Value!.Code).IsValid));
    }

    [Theory]
    [InlineData("icd10cm_codes_2026.txt", 2026, 74_719)]
    [InlineData("icd10cm_codes_2025.txt", 2025, 74_260)]
    public void The_official_codes_file_reads_every_billable_code(string name, int year, int billable)
    {
        var path = FullDataSets.Require(Path.Combine("icd10cm", name));

        using var file = Icd10ReleaseFile.TryOpen(path, null, out var issue);
        var rows = file!.ReadEntries().ToList();

        Assert.Null(issue);
        Assert.Equal(year, file.FiscalYear);
        Assert.Equal(Icd10FileLayout.Codes, file.Layout);
        Assert.Empty(rows.Where(r => r.Issue is not null).Select(r => r.Issue!.ToString()));
        Assert.Equal(billable, rows.Count);
    }

    [Fact]
    public void The_billable_codes_of_the_FY2026_codes_file_are_exactly_the_billable_lines_of_its_order_file()
    {
        var zip = FullDataSets.Require(Path.Combine("icd10cm", "2026-code-descriptions-tabular-order.zip"));
        var codes = FullDataSets.Require(Path.Combine("icd10cm", "icd10cm_codes_2026.txt"));

        using var order = Icd10ReleaseFile.TryOpen(zip, null, out _);
        using var billable = Icd10ReleaseFile.TryOpen(codes, null, out _);
        var fromOrder = order!.ReadEntries().Where(r => r.Value!.Billable).ToDictionary(r => r.Value!.Code, r => r.Value!.Description);
        var fromCodes = billable!.ReadEntries().ToDictionary(r => r.Value!.Code, r => r.Value!.Description);

        Assert.Equal(fromCodes.Keys.Order(StringComparer.Ordinal), fromOrder.Keys.Order(StringComparer.Ordinal));
        Assert.All(fromCodes, c => Assert.Equal(c.Value, fromOrder[c.Key]));
        Assert.Contains(fromCodes.Keys, k => k.StartsWith("QA", StringComparison.Ordinal));
    }
}
