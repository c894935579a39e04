namespace Chronicle.Interop.Tests.Codes;

using System.Text;
using Chronicle.Domain.Patients;
using Chronicle.Interop.Codes;

public sealed class ChronicCsvFileTests
{
    [Theory]
    [InlineData("ccw_sample.csv", ChronicCsvFormat.CmsCcw, "cms-ccw:ccw_sample.csv")]
    [InlineData("tuva_sample.csv", ChronicCsvFormat.Tuva, "tuva:tuva_sample.csv")]
    [InlineData("chronicle_sample.csv", ChronicCsvFormat.Chronicle, "chronicle:chronicle_sample.csv")]
    public async Task The_format_is_recognised_from_the_header_and_names_the_source(string fixture, ChronicCsvFormat format, string source)
    {
        using var file = await OpenAsync(fixture);

        Assert.Equal(format, file.Format);
        Assert.Equal(source, file.SourceName);
    }

    [Fact]
    public async Task The_CCW_file_gives_ICD10_include_rows_and_says_why_it_passes_over_the_rest()
    {
        using var file = await OpenAsync("ccw_sample.csv");

        var rows = await ReadAsync(file);

        Assert.All(rows, r => Assert.Null(r.Issue));
        Assert.Equal(
            [
                new ChronicCsvRule(CodeSystem.Icd10Cm, "E119", false, "Diabetes", null),
                new ChronicCsvRule(CodeSystem.Icd10Cm, "E08321", false, "Diabetes", null),
                new ChronicCsvRule(CodeSystem.Icd10Cm, "F329", false, "Depression, Bipolar, or Other Depressive Mood Disorders", null),
                new ChronicCsvRule(CodeSystem.Icd10Cm, "I10", false, "Hypertension", null),
            ],
            rows.Where(r => r.Value is not null).Select(r => r.Value!));
        Assert.Equal(
            [
                (2, "rows of the acute-only condition 'Acute Myocardial Infarction'"),
                (5, "NDC rows: Chronicle classifies ICD-10-CM and SNOMED CT codes"),
                (6, "Exclude rows: codes a CCW algorithm leaves out of a condition"),
            ],
            rows.Where(r => r.SkipReason is not null).Select(r => (r.Line, r.SkipReason!)));
        Assert.Equal(9, rows[^1].Line);
    }

    [Fact]
    public async Task The_Tuva_file_passes_over_procedure_codes_and_acute_conditions()
    {
        using var file = await OpenAsync("tuva_sample.csv");

        var rows = await ReadAsync(file);

        Assert.Equal(
            [new ChronicCsvRule(CodeSystem.Icd10Cm, "E119", false, "Type 2 Diabetes", null), new ChronicCsvRule(CodeSystem.Icd10Cm, "F1020", false, "Alcohol", null)],
            rows.Where(r => r.Value is not null).Select(r => r.Value!));
        Assert.Equal(
            ["rows of the acute-only condition 'Stroke / Transient Ischemic Attack'", "rows with an ICD-10-PCS procedure code, not a diagnosis"],
            rows.Where(r => r.SkipReason is not null).Select(r => r.SkipReason!));
    }

    [Fact]
    public async Task Chronicles_own_format_reads_prefixes_and_SNOMED_maps()
    {
        using var file = await OpenAsync("chronicle_sample.csv");

        var rules = (await ReadAsync(file)).Select(r => r.Value).ToList();

        Assert.Equal(
            [
                new ChronicCsvRule(CodeSystem.Icd10Cm, "E11", true, "Diabetes", null),
                new ChronicCsvRule(CodeSystem.Icd10Cm, "I10", false, "Hypertension", null),
                new ChronicCsvRule(CodeSystem.Icd10Cm, "N184", false, "Chronic kidney disease", null),
                new ChronicCsvRule(CodeSystem.SnomedCt, "44054006", false, "Diabetes", "E119"),
                new ChronicCsvRule(CodeSystem.SnomedCt, "38341003", false, "Hypertension", "I10"),
                new ChronicCsvRule(CodeSystem.SnomedCt, "195967001", false, "Asthma", null),
            ],
            rules);
    }

    [Fact]
    public async Task Every_bad_row_of_Chronicles_format_is_reported_with_line_and_column()
    {
        using var file = await OpenAsync("chronicle_malformed.csv");

        var issues = (await ReadAsync(file)).Where(r => r.Issue is not null).Select(r => r.Issue!).ToList();

        Assert.Equal(
            [(3, "system"), (4, "code"), (5, "code"), (6, "maps_to_icd10"), (7, "category"), (8, "maps_to_icd10")],
            issues.Select(i => (i.Line!.Value, i.Field!)));
        Assert.Contains("'loinc' should be icd-10-cm or snomed-ct", issues[0].Reason, StringComparison.Ordinal);
        Assert.Contains("not a SNOMED CT concept id", issues[2].Reason, StringComparison.Ordinal);
        Assert.Contains("only snomed-ct rows map", issues[3].Reason, StringComparison.Ordinal);
        Assert.Contains("is empty", issues[4].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("code,description\nE119,Diabetes\n", "matches no classification format")]
    [InlineData("system,code,category,note\nicd-10-cm,I10,Hypertension,x\n", "unknown column(s) note")]
    [InlineData("", "the file is empty")]
    public async Task A_file_in_no_known_format_is_refused_at_its_header(string text, string expected)
    {
        var (file, issue) = await ChronicCsvFile.OpenAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), "rules.csv", TestContext.Current.CancellationToken);

        Assert.Null(file);
        Assert.Equal("rules.csv", issue!.File);
        Assert.Contains(expected, issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_quoting_and_short_rows_are_issues_with_their_line_not_a_crash()
    {
        var text = "system,code,category,maps_to_icd10\nicd-10-cm,I10,Hypertension,\nicd-10-cm,I50*\n,,,\nicd-10-cm,E119,\"Diabetes,\n";
        var (file, _) = await ChronicCsvFile.OpenAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), "rules.csv", TestContext.Current.CancellationToken);
        using var owned = file;

        var rows = await ReadAsync(file!);

        Assert.NotNull(rows[0].Value);
        Assert.Equal((3, "rules.csv"), (rows[1].Issue!.Line!.Value, rows[1].Issue!.File));
        Assert.Contains("the row has 2 field(s) but the header has 4", rows[1].Issue!.Reason, StringComparison.Ordinal);
        Assert.Equal(5, rows[2].Issue!.Line);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public async Task Bytes_that_are_not_UTF8_are_an_issue_not_replaced_silently()
    {
        var bytes = Encoding.UTF8.GetBytes("system,code,category,maps_to_icd10\nicd-10-cm,I10,Hypertension,\nicd-10-cm,E119,Diab").Concat(new byte[] { 0xE9, 0x0A }).ToArray();
        var (file, issue) = await ChronicCsvFile.OpenAsync(new MemoryStream(bytes), "rules.csv", TestContext.Current.CancellationToken);

        Assert.Null(file);
        Assert.Contains("not UTF-8", issue!.Reason, StringComparison.Ordinal);
    }

    // The subset's counts: 295 CCW rows, of which 156 are ICD-10-CM Include rows of lasting
    // conditions (not Cataract or Acute Myocardial Infarction); 222 Tuva rows, of which 181 are
    // neither acute myocardial infarction nor an ICD-10-PCS procedure (HZ…) among Alcohol's codes.
    [Theory]
    [InlineData(DataSet.Subset, 295, 156, 222, 181)]
    [InlineData(DataSet.Full, 6_532, 5_294, 1_583, 1_280)]
    public async Task The_CCW_and_Tuva_files_read_without_issues(DataSet set, int ccwCount, int ccwRules, int tuvaCount, int tuvaRules)
    {
        var ccwPath = TestPaths.DataFile(set, Path.Combine("chronic_conditions", "cms_ccw_chronic_conditions_hierarchy.csv"));
        var tuvaPath = TestPaths.DataFile(set, Path.Combine("chronic_conditions", "tuva_chronic_conditions_hierarchy.csv"));

        using var ccw = await OpenAsync(ccwPath);
        using var tuva = await OpenAsync(tuvaPath);
        var ccwRows = await ReadAsync(ccw);
        var tuvaRows = await ReadAsync(tuva);

        Assert.Empty(ccwRows.Where(r => r.Issue is not null).Select(r => r.Issue!.ToString()));
        Assert.Empty(tuvaRows.Where(r => r.Issue is not null).Select(r => r.Issue!.ToString()));
        Assert.Equal(ccwCount, ccwRows.Count);
        Assert.Equal(ccwRules, ccwRows.Count(r => r.Value is not null));
        Assert.Equal(tuvaCount, tuvaRows.Count);
        Assert.Equal(tuvaRules, tuvaRows.Count(r => r.Value is not null));
        Assert.Contains(ccwRows, r => r.Value?.Category == "Hypertension");
        Assert.DoesNotContain(ccwRows, r => r.Value?.Category == "Cataract");
    }

    private static async Task<ChronicCsvFile> OpenAsync(string fixtureOrPath)
    {
        var path = Path.IsPathRooted(fixtureOrPath) ? fixtureOrPath : TestPaths.CodesFixture(fixtureOrPath);
        var (file, issue) = await ChronicCsvFile.OpenAsync(path, TestContext.Current.CancellationToken);
        Assert.True(file is not null, issue?.ToString());
        return file;
    }

    private static async Task<List<CodeFileRow<ChronicCsvRule>>> ReadAsync(ChronicCsvFile file)
    {
        var rows = new List<CodeFileRow<ChronicCsvRule>>();
        await foreach (var row in file.ReadRulesAsync(TestContext.Current.CancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
