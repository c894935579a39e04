namespace Chronicle.IntegrationTests.Csv;

using Chronicle.IntegrationTests.Infrastructure;

/// <summary>The command line of 'chronicle import csv' itself; no database work, so SQLite only.</summary>
public sealed class CsvImportCommandLineTests
{
    [Theory]
    [InlineData("invoices")]
    [InlineData("Patients")]
    public async Task An_unknown_kind_is_a_usage_error_naming_the_accepted_kinds(string kind)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");

        var result = await CsvFiles.ImportAsync(database, kind, CsvFiles.Fixture("patients"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(kind, result.Error, StringComparison.Ordinal);
        Assert.Contains("practice", result.Error, StringComparison.Ordinal);
        Assert.Contains("visits", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_kinds_and_the_options()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");

        var result = await CliRunner.RunAsync(database, "import", "csv", "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("practice, staff, patients, conditions, visits", result.Output, StringComparison.Ordinal);
        foreach (var option in new[] { "--partial", "--json", "--practice", "--ignore-extra" })
        {
            Assert.Contains(option, result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.csv");

        var result = await CsvFiles.ImportAsync(database, "patients", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"error: {path}: cannot be read", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extra_columns_are_refused_unless_ignored_and_then_named_in_a_warning()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        using var files = new CsvFiles();
        var path = files.Write("practice.csv", "name,npi,time_zone,place_of_service,fax\nClinic,1234567893,America/Chicago,11,555\n");

        var refused = await CsvFiles.ImportAsync(database, "practice", path);
        var ignored = await CsvFiles.ImportAsync(database, "practice", path, "--ignore-extra");

        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("unknown column(s) fax", refused.Error, StringComparison.Ordinal);
        Assert.True(ignored.ExitCode == 0, ignored.ToString());
        Assert.Contains("warning: ", ignored.Error, StringComparison.Ordinal);
        Assert.Contains("ignored the column(s) fax", ignored.Error, StringComparison.Ordinal);
        Assert.Contains("created 1", ignored.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_is_reported_as_plain_lines_on_stderr_when_piped()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");

        var result = await CsvFiles.ImportAsync(database, "practice", CsvFiles.Fixture("practice"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Checking ", result.Error, StringComparison.Ordinal);
        Assert.Contains("Writing ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Checking", result.Output, StringComparison.Ordinal);
    }
}
