namespace Chronicle.Interop.Tests.Csv;

using Chronicle.Interop.Csv;

public sealed class PatientCsvLanguageTests
{
    private const string Header = "mrn,first_name,last_name,birth_date,sex,mbi,address_line,city,state,zip,phone,qmb,preferred_language";
    private static readonly DateOnly Today = new(2026, 3, 15);

    [Theory]
    [InlineData("es", "es")]
    [InlineData(" zh-Hant ", "zh-Hant")]
    [InlineData("", null)]
    public async Task The_optional_preferred_language_column_is_a_BCP47_tag(string cell, string? expected)
    {
        var parsed = PatientCsv.Parse(await CsvText.RowAsync(PatientCsv.Layout, Header, $"A1,Ann,Lee,1950-02-03,female,,,,,,,,\"{cell}\""), Today);

        Assert.True(parsed.IsValid);
        Assert.Equal(expected, parsed.Value!.PreferredLanguage);
    }

    [Fact]
    public async Task A_language_that_is_not_a_tag_is_reported_in_its_column()
    {
        var parsed = PatientCsv.Parse(await CsvText.RowAsync(PatientCsv.Layout, Header, "A1,Ann,Lee,1950-02-03,female,,,,,,,,Spanish please"), Today);

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal("preferred_language", problem.Column);
        Assert.Contains("not a language tag", problem.Reason, StringComparison.Ordinal);
    }
}
