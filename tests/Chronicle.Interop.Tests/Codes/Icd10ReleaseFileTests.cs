namespace Chronicle.Interop.Tests.Codes;

using System.IO.Compression;
using Chronicle.Interop.Codes;

public sealed class Icd10ReleaseFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chronicle-codes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_fiscal_year_and_layout_come_from_the_file_name_and_first_line()
    {
        using var file = Open(TestPaths.CodesFixture("icd10cm_order_2030.txt"), null);

        Assert.Equal(2030, file.FiscalYear);
        Assert.Equal(Icd10FileLayout.Order, file.Layout);
        Assert.Equal("icd10cm_order_2030.txt", file.Name);
        Assert.Equal(13, file.ReadEntries().Count());
        Assert.Equal(file.Length, file.BytesRead);
    }

    [Fact]
    public void A_codes_file_is_recognised_from_its_content_whatever_its_name()
    {
        var path = Copy("icd10cm_codes_2030.txt", "billable.txt");

        using var file = Open(path, 2030);

        Assert.Equal(Icd10FileLayout.Codes, file.Layout);
        Assert.Equal(2030, file.FiscalYear);
        Assert.All(file.ReadEntries(), r => Assert.True(r.Value!.Billable));
    }

    [Fact]
    public void Without_a_year_in_the_name_the_year_must_be_given()
    {
        var path = Copy("icd10cm_codes_2030.txt", "billable.txt");

        var issue = Fail(path, null);

        Assert.Equal("billable.txt", issue.File);
        Assert.Contains("fiscal year cannot be told from the file name", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_given_year_that_contradicts_the_file_name_is_refused()
    {
        var issue = Fail(TestPaths.CodesFixture("icd10cm_order_2030.txt"), 2029);

        Assert.Contains("the file name says fiscal year 2030, but 2029 was given", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_zip_the_order_file_is_preferred_to_the_codes_file()
    {
        var zip = Zip("release.zip", "icd10cm_codes_2030.txt", "icd10cm_order_2030.txt", "icd10OrderFiles.pdf");

        using var file = Open(zip, null);

        Assert.Equal("release.zip/icd10cm_order_2030.txt", file.Name);
        Assert.Equal(Icd10FileLayout.Order, file.Layout);
        Assert.Equal(5, file.ReadEntries().Count(r => r.Value is { Billable: false }));
    }

    [Fact]
    public void A_zip_without_the_order_file_falls_back_to_the_codes_file()
    {
        var zip = Zip("release.zip", "icd10cm_codes_2030.txt");

        using var file = Open(zip, 2030);

        Assert.Equal(Icd10FileLayout.Codes, file.Layout);
        Assert.Equal(8, file.ReadEntries().Count(r => r.Value is not null));
    }

    [Fact]
    public void A_zip_without_a_release_file_lists_what_it_holds()
    {
        var zip = Zip("other.zip", "ccw_sample.csv");

        var issue = Fail(zip, null);

        Assert.Equal("other.zip", issue.File);
        Assert.Contains("neither icd10cm_order_YYYY.txt nor icd10cm_codes_YYYY.txt (it has: ccw_sample.csv)", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_of_another_year_than_the_one_given_is_refused()
    {
        var zip = Zip("release.zip", "icd10cm_order_2030.txt");

        var issue = Fail(zip, 2029);

        Assert.Contains("neither icd10cm_order_2029.txt nor icd10cm_codes_2029.txt", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_named_zip_that_is_not_one_is_refused()
    {
        var path = Copy("icd10cm_order_2030.txt", "release.zip");

        var issue = Fail(path, null);

        Assert.Equal("release.zip", issue.File);
        Assert.Contains("not a readable zip archive", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_in_another_layout_is_refused_at_its_first_line()
    {
        var path = Copy("ccw_sample.csv", "icd10cm_order_2030.txt");

        var issue = Fail(path, null);

        Assert.Equal(1, issue.Line);
        Assert.Contains("this is not an ICD-10-CM release file", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_empty_and_folder_paths_are_refused()
    {
        var empty = Path.Combine(_folder, "icd10cm_order_2030.txt");
        File.WriteAllText(empty, "\r\n");

        Assert.Contains("does not exist", Fail(Path.Combine(_folder, "nothing.zip"), null).Reason, StringComparison.Ordinal);
        Assert.Contains("the file is empty", Fail(empty, null).Reason, StringComparison.Ordinal);
        Assert.Contains("this is a folder", Fail(_folder, null).Reason, StringComparison.Ordinal);
        Assert.Contains("four-digit year", Fail(empty, 26).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_an_issue_not_replaced_silently()
    {
        var path = Path.Combine(_folder, "icd10cm_codes_2030.txt");
        File.WriteAllBytes(path, [.. "E119    Type 2 diabetes mellitus\r\nI10     Essential hypertension "u8, 0xE9, .. "\r\n"u8]);

        var issue = Fail(path, null);

        Assert.Contains("not UTF-8", issue.Reason, StringComparison.Ordinal);
    }

    private static Icd10ReleaseFile Open(string path, int? year)
    {
        var file = Icd10ReleaseFile.TryOpen(path, year, out var issue);
        Assert.True(file is not null, issue?.ToString());
        return file;
    }

    private static CodeFileIssue Fail(string path, int? year)
    {
        var file = Icd10ReleaseFile.TryOpen(path, year, out var issue);
        Assert.Null(file);
        return Assert.IsType<CodeFileIssue>(issue);
    }

    private string Copy(string fixture, string name)
    {
        var path = Path.Combine(_folder, name);
        File.Copy(TestPaths.CodesFixture(fixture), path);
        return path;
    }

    private string Zip(string name, params string[] fixtures)
    {
        var path = Path.Combine(_folder, name);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var fixture in fixtures)
        {
            if (fixture.EndsWith(".pdf", StringComparison.Ordinal))
            {
                using var writer = new StreamWriter(archive.CreateEntry(fixture).Open());
                writer.Write("%PDF-1.4");
            }
            else
            {
                archive.CreateEntryFromFile(TestPaths.CodesFixture(fixture), fixture);
            }
        }

        return path;
    }
}
