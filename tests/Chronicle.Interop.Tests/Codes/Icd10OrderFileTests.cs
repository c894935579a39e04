namespace Chronicle.Interop.Tests.Codes;

using System.Globalization;
using Chronicle.Interop.Codes;

public sealed class Icd10OrderFileTests
{
    [Fact]
    public void Every_line_of_the_order_layout_is_read_with_its_billable_flag_and_long_title()
    {
        var rows = ReadFixture("icd10cm_order_2030.txt");

        Assert.All(rows, r => Assert.Null(r.Issue));
        Assert.Equal(13, rows.Count);
        Assert.Equal(Enumerable.Range(1, 13), rows.Select(r => r.Line));
        Assert.Equal(new Icd10Entry("E11", false, "Type 2 diabetes mellitus"), rows[3].Value);
        Assert.Equal(new Icd10Entry("E119", true, "Type 2 diabetes mellitus without complications"), rows[6].Value);
        Assert.Equal("QA00101", rows[^1].Value!.Code);
        Assert.Equal(8, rows.Count(r => r.Value!.Billable));
    }

    [Fact]
    public void Malformed_lines_are_reported_with_their_line_and_the_good_ones_still_read()
    {
        var rows = ReadFixture("icd10cm_order_2030_malformed.txt");

        var issues = rows.Where(r => r.Issue is not null).ToDictionary(r => r.Line, r => r.Issue!);
        Assert.Equal([3, 4, 5, 6, 8, 9], issues.Keys.Order());
        Assert.All(issues.Values, i => Assert.Equal("icd10cm_order_2030_malformed.txt", i.File));
        Assert.Contains("has 25 characters", issues[3].Reason, StringComparison.Ordinal);
        Assert.Contains("column 15 is the billable flag", issues[4].Reason, StringComparison.Ordinal);
        Assert.Contains("has a dot", issues[5].Reason, StringComparison.Ordinal);
        Assert.Contains("5-digit order number, not '0000X'", issues[6].Reason, StringComparison.Ordinal);
        Assert.Contains("E119 is listed again (first on line 2)", issues[8].Reason, StringComparison.Ordinal);
        Assert.Contains("upper case", issues[9].Reason, StringComparison.Ordinal);
        Assert.Equal(["E11", "E119", "N18", "A009"], rows.Where(r => r.Value is not null).Select(r => r.Value!.Code));
    }

    [Theory]
    [InlineData("00001 E11     0 Short title", "has 27 characters")]
    [InlineData("00001-E11     0 {S} Long title", "column 6 should be a space")]
    [InlineData("00001 E11    X0 {S} Long title", "column 14 should be a space")]
    [InlineData("00001 E11     0X{S} Long title", "column 16 should be a space")]
    [InlineData("00001 E11     0 {S}XLong title", "column 77 should be a space")]
    [InlineData("00001 E11     Y {S} Long title", "must be 0 (header) or 1 (billable)")]
    [InlineData("00001  E11    0 {S} Long title", "left-aligned")]
    [InlineData("00001         0 {S} Long title", "left-aligned")]
    [InlineData("00001 1E1     0 {S} Long title", "must start with a letter")]
    [InlineData("00001 E1      0 {S} Long title", "3 to 7 characters")]
    [InlineData("00001 EE1     0 {S} Long title", "second character must be a digit")]
    [InlineData("00001 E1 1    0 {S} Long title", "only letters and digits")]
    [InlineData("00001 E11     0 {S}          ", "long title (from column 78) is empty")]
    public void A_malformed_order_line_says_what_is_wrong(string line, string expected)
    {
        var text = line.Replace("{S}", new string('s', 60), StringComparison.Ordinal);

        var row = Assert.Single(Icd10OrderFile.Read(new StringReader(text), "order.txt"));

        Assert.Null(row.Value);
        Assert.Equal(1, row.Issue!.Line);
        Assert.Contains(expected, row.Issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Order_numbers_must_increase()
    {
        var text = string.Join("\n", Line(2, "E11", 0), Line(1, "E119", 1));

        var rows = Icd10OrderFile.Read(new StringReader(text), "order.txt").ToList();

        Assert.Null(rows[0].Issue);
        Assert.Contains("order number 00001 does not follow 00002", rows[1].Issue!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_lines_are_passed_over_and_line_feeds_alone_are_accepted()
    {
        var text = Line(1, "E11", 0) + "\n\n" + Line(2, "E119", 1) + "\n";

        var rows = Icd10OrderFile.Read(new StringReader(text), "order.txt").ToList();

        Assert.Equal([1, 3], rows.Select(r => r.Line));
        Assert.All(rows, r => Assert.NotNull(r.Value));
    }

    [Fact]
    public void The_order_and_codes_layouts_are_told_apart_by_their_first_line()
    {
        Assert.True(Icd10OrderFile.LooksLikeLine(Line(1, "E11", 0)));
        Assert.False(Icd10CodesFile.LooksLikeLine(Line(1, "E11", 0)));
        Assert.True(Icd10CodesFile.LooksLikeLine("E119    Type 2 diabetes mellitus without complications"));
        Assert.False(Icd10OrderFile.LooksLikeLine("E119    Type 2 diabetes mellitus without complications"));
        Assert.False(Icd10OrderFile.LooksLikeLine("condition_id,condition,condition_column_name"));
        Assert.False(Icd10CodesFile.LooksLikeLine("condition_id,condition,condition_column_name"));
    }

    internal static string Line(int order, string code, int flag, string title = "A title") =>
        string.Create(CultureInfo.InvariantCulture, $"{order:D5} {code,-7} {flag} {title,-60} {title}");

    private static List<CodeFileRow<Icd10Entry>> ReadFixture(string name)
    {
        using var reader = new StreamReader(TestPaths.CodesFixture(name));
        return Icd10OrderFile.Read(reader, name).ToList();
    }
}
