namespace Chronicle.Interop.Tests.Codes;

using Chronicle.Interop.Codes;

public sealed class Icd10CodesFileTests
{
    [Fact]
    public void Every_line_of_the_codes_layout_is_a_billable_code()
    {
        using var reader = new StreamReader(TestPaths.CodesFixture("icd10cm_codes_2030.txt"));

        var rows = Icd10CodesFile.Read(reader, "icd10cm_codes_2030.txt").ToList();

        Assert.All(rows, r => Assert.Null(r.Issue));
        Assert.Equal(8, rows.Count);
        Assert.All(rows, r => Assert.True(r.Value!.Billable));
        Assert.Equal(new Icd10Entry("I10", true, "Essential (primary) hypertension"), rows[4].Value);
        Assert.Equal(new Icd10Entry("QA00101", true, "A chapter 23 code whose second character is a letter"), rows[^1].Value);
    }

    [Theory]
    [InlineData("E119", "has 4 characters")]
    [InlineData("E11.9   Type 2 diabetes", "has a dot")]
    [InlineData("E1190001Type 2 diabetes", "column 8 should be a space")]
    [InlineData("e119    Type 2 diabetes", "upper case")]
    [InlineData("        Type 2 diabetes", "left-aligned")]
    [InlineData("E119            ", "description (from column 9) is empty")]
    public void A_malformed_codes_line_says_what_is_wrong(string line, string expected)
    {
        var row = Assert.Single(Icd10CodesFile.Read(new StringReader(line), "codes.txt"));

        Assert.Equal(new CodeFileIssue("codes.txt", 1, row.Issue!.Reason), row.Issue);
        Assert.Contains(expected, row.Issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_listed_twice_is_reported_on_its_second_line()
    {
        var text = "E119    Type 2 diabetes\r\nI10     Hypertension\r\nE119    Type 2 diabetes again\r\n";

        var rows = Icd10CodesFile.Read(new StringReader(text), "codes.txt").ToList();

        Assert.Equal("code E119 is listed again (first on line 1).", rows[2].Issue!.Reason);
    }
}
