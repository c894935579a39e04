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
    public void The_format_is_recognised_from_the_header_and_names_the_source(string fixture, ChronicCsvFormat format, string source)
    {
        using var file = Open(fixture);

        Assert.Equal(format, file.Format);
        Assert.Equal(source, file.SourceName);
    }

    [Fact]
    public void The_CCW_file_gives_ICD10_include_rows_and_says_why_it_passes_over_the_rest()
    {
        using var file = Open("ccw_sample.csv");

        var rows = file.ReadRules().ToList();

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
    public void The_Tuva_file_passes_over_procedure_codes_and_acute_conditions()
    {
        using var file = Open("tuva_sample.csv");

        var rows = file.ReadRules().ToList();

        Assert.Equal(
            [new ChronicCsvRule(CodeSystem.Icd10Cm, "E119", false, "Type 2 Diabetes", null), new ChronicCsvRule(CodeSystem.Icd10Cm, "F1020", false, "Alcohol", null)],
            rows.Where(r => r.Value is not null).Select(r => r.Value!));
        Assert.Equal(
            ["rows of the acute-only condition 'Stroke / Transient Ischemic Attack'", "rows with an ICD-10-PCS procedure code, not a diagnosis"],
            rows.Where(r => r.SkipReason is not null).Select(r => r.SkipReason!));
    }

    [Fact]
    public void Chronicles_own_format_reads_prefixes_and_SNOMED_maps()
    {
        using var file = Open("chronicle_sample.csv");

        var rules = file.ReadRules().Select(r => r.Value).ToList();

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
    public void Every_bad_row_of_Chronicles_format_is_reported_with_line_and_column()
    {
        using var file = Open("chronicle_malformed.csv");

        var issues = file.ReadRules().Where(r => r.Issue is not null).Select(r => r.Issue!).ToList();

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
    public void A_file_in_no_known_format_is_refused_at_its_header(string text, string expected)
    {
        var file = ChronicCsvFile.TryOpen(new MemoryStream(Encoding.UTF8.GetBytes(text)), "rules.csv", out var issue);

        Assert.Null(file);
        Assert.Equal("rules.csv", issue!.File);
        Assert.Contains(expected, issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_quoting_is_an_issue_not_a_crash()
    {
        var text = "system,code,category,maps_to_icd10\nicd-10-cm,I10,Hypertension,\nicd-10-cm,E119,\"Diabetes,\n";
        using var file = ChronicCsvFile.TryOpen(new MemoryStream(Encoding.UTF8.GetBytes(text)), "rules.csv", out _)!;

        var rows = file.ReadRules().ToList();

        Assert.NotNull(rows[0].Value);
        Assert.Contains(rows, r => r.Issue is { File: "rules.csv" });
    }

    [Fact]
    public void The_shared_CCW_and_Tuva_files_read_without_issues()
    {
        var ccwPath = TestPaths.RequireSharedData(Path.Combine("chronic_conditions", "cms_ccw_chronic_conditions_hierarchy.csv"));
        var tuvaPath = TestPaths.RequireSharedData(Path.Combine("chronic_conditions", "tuva_chronic_conditions_hierarchy.csv"));

        using var ccw = ChronicCsvFile.TryOpen(ccwPath, out _)!;
        using var tuva = ChronicCsvFile.TryOpen(tuvaPath, out _)!;
        var ccwRows = ccw.ReadRules().ToList();
        var tuvaRows = tuva.ReadRules().ToList();

        Assert.Empty(ccwRows.Where(r => r.Issue is not null).Select(r => r.Issue!.ToString()));
        Assert.Empty(tuvaRows.Where(r => r.Issue is not null).Select(r => r.Issue!.ToString()));
        Assert.Equal(6_532, ccwRows.Count);
        Assert.Equal(5_294, ccwRows.Count(r => r.Value is not null));
        Assert.Equal(1_583, tuvaRows.Count);
        Assert.Equal(1_280, tuvaRows.Count(r => r.Value is not null));
        Assert.DoesNotContain(ccwRows, r => r.Value?.Category == "Cataract");
    }

    private static ChronicCsvFile Open(string fixture)
    {
        var file = ChronicCsvFile.TryOpen(TestPaths.CodesFixture(fixture), out var issue);
        Assert.True(file is not null, issue?.ToString());
        return file;
    }
}
