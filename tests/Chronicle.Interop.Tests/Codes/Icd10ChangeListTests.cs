namespace Chronicle.Interop.Tests.Codes;

using Chronicle.Interop.Codes;
using Chronicle.Tests.Common;

/// <summary>
/// An ICD-10-CM change list applied to the release it starts from: the committed FY2026 subset and
/// FY2027 change rows (tests/data), the full public sets where present, and a list that does not fit.
/// </summary>
public sealed class Icd10ChangeListTests
{
    private static string TestData(params string[] parts) => Path.Combine([TestPaths.RepoRoot, "tests", "data", "icd10cm", .. parts]);

    [Fact]
    public async Task The_committed_FY2027_changes_turn_I42_0_into_a_header_with_its_new_children()
    {
        var (list, readIssues) = await Icd10ChangeList.ReadAsync(TestData("fy2027-changes"), TestContext.Current.CancellationToken);
        using var fy2026 = Icd10ReleaseFile.TryOpen(TestData("icd10cm_order_2026.txt"), null, out var openIssue);
        var issues = new List<CodeFileIssue>();

        var fy2027 = list!.Apply(fy2026!.ReadEntries().Select(r => r.Value!), issues).ToDictionary(e => e.Code);

        Assert.Empty(readIssues);
        Assert.Null(openIssue);
        Assert.Empty(issues);
        Assert.Equal((2026, 2027, 62), (list.FromYear, list.ToYear, fy2027.Count));
        Assert.False(fy2027["I420"].Billable);
        Assert.False(fy2027["I428"].Billable);
        Assert.False(fy2027["I498"].Billable);
        Assert.All(new[] { "I4200", "I4201", "I4209", "I4281", "I4289", "I4981", "I4982", "I4989", "E89830", "E89838" }, c => Assert.True(fy2027[c].Billable, c));
        Assert.DoesNotContain("S23420A", fy2027.Keys);
        Assert.Equal("Encounter for prophylactic rabies immune globulin", fy2027["Z2914"].Description);
        Assert.True(fy2027["I10"].Billable);
    }

    [Fact]
    public async Task A_change_list_that_does_not_fit_the_release_names_each_misfit_by_file_and_line()
    {
        var (list, _) = await Icd10ChangeList.ReadAsync(TestData("fy2027-changes"), TestContext.Current.CancellationToken);
        var issues = new List<CodeFileIssue>();

        // A release that already has I42.00 and lacks I42.8: not the FY2026 the list starts from.
        list!.Apply([new Icd10Entry("I4200", true, "Dilated cardiomyopathy, unspecified"), new Icd10Entry("I420", true, "Dilated cardiomyopathy")], issues);

        var text = issues.Select(i => i.ToString()).ToList();
        Assert.Contains("summary.json [totalEntriesFrom]: the change list starts from 55 codes of FY2026, but the loaded FY2026 holds 2; load CMS's full FY2026 release first.", text);
        Assert.Contains(text, t => t.StartsWith("added.csv:5 [code]: I4200 is added, but FY2026 already has it.", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("billable-status-changes.csv:3 [code]: I428 changes billable status, but FY2026 does not have it.", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("deleted.csv:2 [code]: S23420 is deleted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_malformed_change_row_or_a_missing_file_is_an_issue_with_its_line_and_column()
    {
        var folder = Directory.CreateTempSubdirectory("chronicle-changes-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(TestData("fy2027-changes")))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            File.Delete(Path.Combine(folder, "revised.csv"));
            await File.AppendAllTextAsync(Path.Combine(folder, "added.csv"), "I42.99,I42.99,yes,I42,Short,Long\n", TestContext.Current.CancellationToken);

            var (list, issues) = await Icd10ChangeList.ReadAsync(folder, TestContext.Current.CancellationToken);

            Assert.Null(list);
            var text = issues.Select(i => i.ToString()).ToList();
            Assert.Contains(text, t => t.StartsWith("added.csv:13 [code]: code: 'I42.99' has a dot", StringComparison.Ordinal));
            Assert.Contains("added.csv:13 [billable]: should be true or false, not 'yes'.", text);
            Assert.Contains(text, t => t.StartsWith("revised.csv: the change list has no revised.csv", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_full_FY2027_change_list_applied_to_CMS_FY2026_gives_the_published_98403_codes()
    {
        var zip = FullDataSets.Require(Path.Combine("icd10cm", "2026-code-descriptions-tabular-order.zip"));
        var changes = FullDataSets.Require(Path.Combine("icd10cm", "fy2027-changes"));
        var (list, readIssues) = await Icd10ChangeList.ReadAsync(changes, TestContext.Current.CancellationToken);
        using var fy2026 = Icd10ReleaseFile.TryOpen(zip, null, out _);
        var issues = new List<CodeFileIssue>();

        var fy2027 = list!.Apply(fy2026!.ReadEntries().Select(r => r.Value!), issues);

        Assert.Empty(readIssues);
        Assert.Empty(issues);
        Assert.Equal(98_403, fy2027.Count);
        Assert.Equal(74_719 + 190 - 15 - 15, fy2027.Count(e => e.Billable));
    }
}
