namespace Chronicle.Interop.Tests.Csv;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Interop.Csv;

public sealed class ConditionAndVisitCsvTests
{
    private const string ConditionHeader = "mrn,code,onset_date,abatement_date,chronic";
    private const string VisitHeader = "mrn,date,code,npi";

    private static readonly Icd10CodeSet Loaded = new(
        new Dictionary<string, bool> { ["E119"] = true, ["E11"] = false, ["I10"] = true }, "FY2026");

    private static async Task<CsvParsed<ConditionCsvRow>> ConditionAsync(string line, Icd10CodeSet? codeSet = null) =>
        ConditionCsv.Parse(await CsvText.RowAsync(ConditionCsv.Layout, ConditionHeader, line), codeSet ?? Icd10CodeSet.None);

    [Theory]
    [InlineData("E11.9")]
    [InlineData("e119")]
    public async Task A_code_with_or_without_the_dot_gives_the_same_condition_and_key(string code)
    {
        var parsed = await ConditionAsync($"A1,{code},2020-05-01,,");

        var details = parsed.Value!.Details;
        Assert.Equal("A1", parsed.Value.Mrn);
        Assert.Equal("E119", details.Code);
        Assert.Equal(Icd10Code.Parse("E11.9"), details.Icd10);
        Assert.Equal("csv:E119:2020-05-01", details.SourceKey);
        Assert.Equal(CodeSystem.Icd10Cm, details.CodeSystem);
        Assert.Equal(ClinicalStatus.Active, details.ClinicalStatus);
        Assert.Null(details.ChronicOverride);
    }

    [Fact]
    public async Task Without_an_onset_the_key_ends_in_an_empty_date_and_the_chronic_column_overrides()
    {
        var parsed = await ConditionAsync("A1,I10,,,false");

        Assert.Equal("csv:I10:", parsed.Value!.Details.SourceKey);
        Assert.False(parsed.Value.Details.ChronicOverride);
    }

    [Fact]
    public async Task Every_bad_field_of_a_condition_row_is_reported()
    {
        var parsed = await ConditionAsync(",250.00,2020-13-01,yesterday,often");

        Assert.Equal(["mrn", "code", "onset_date", "abatement_date", "chronic"], parsed.Problems.Select(p => p.Column));
        Assert.Contains("must start with a letter", parsed.Problems[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_condition_that_ends_before_it_starts_is_refused()
    {
        var parsed = await ConditionAsync("A1,I10,2020-05-01,2020-04-30,");

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal("abatement_date", problem.Column);
        Assert.Contains("before its onset", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_code_set_loaded_an_unknown_code_and_a_header_code_are_refused()
    {
        var unknown = await ConditionAsync("A1,E11.99,,,", Loaded);
        var header = await ConditionAsync("A1,E11,,,", Loaded);
        var billable = await ConditionAsync("A1,E11.9,,,", Loaded);

        Assert.Equal("E11.99 is not in ICD-10-CM FY2026.", Assert.Single(unknown.Problems).Reason);
        Assert.Contains("category header", Assert.Single(header.Problems).Reason, StringComparison.Ordinal);
        Assert.True(billable.IsValid);
    }

    [Fact]
    public async Task Without_a_code_set_a_well_formed_code_is_accepted_on_its_shape()
    {
        Assert.True((await ConditionAsync("A1,E11.99,,,")).IsValid);
    }

    [Fact]
    public async Task A_good_visit_row_becomes_visit_details_keyed_by_every_column()
    {
        var parsed = VisitCsv.Parse(await CsvText.RowAsync(VisitCsv.Layout, VisitHeader, "A1,2026-01-12,99214,1558598797"));

        var details = parsed.Value!.Details;
        Assert.Equal("A1", parsed.Value.Mrn);
        Assert.Equal(new DateOnly(2026, 1, 12), details.Date);
        Assert.Equal(HcpcsCode.Parse("99214"), details.Code);
        Assert.Equal(Npi.Parse("1558598797"), details.RenderingNpi);
        Assert.Equal("csv:2026-01-12:99214:1558598797", details.SourceKey);
    }

    [Fact]
    public async Task Every_bad_field_of_a_visit_row_is_reported()
    {
        var parsed = VisitCsv.Parse(await CsvText.RowAsync(VisitCsv.Layout, VisitHeader, ",12 Jan 2026,9921,"));

        Assert.Equal(["mrn", "date", "code", "npi"], parsed.Problems.Select(p => p.Column));
        Assert.All(parsed.Problems, p => Assert.Equal(2, p.Line));
        Assert.Contains("CPT/HCPCS", parsed.Problems[2].Reason, StringComparison.Ordinal);
        Assert.Contains("required", parsed.Problems[3].Reason, StringComparison.Ordinal);
    }
}
