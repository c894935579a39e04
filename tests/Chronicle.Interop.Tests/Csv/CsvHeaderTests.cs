namespace Chronicle.Interop.Tests.Csv;

using Chronicle.Interop.Csv;

public sealed class CsvHeaderTests
{
    private static async Task<CsvHeaderMatch> MatchAsync(string header, bool ignoreExtra = false) =>
        PatientCsv.Layout.MatchHeader((await CsvText.ReadAllAsync(header + "\n"))[0], ignoreExtra);

    [Fact]
    public async Task Required_columns_in_any_order_match_and_optional_ones_may_be_left_out()
    {
        var match = await MatchAsync("sex,birth_date,last_name,first_name,mrn");

        Assert.NotNull(match.Header);
        Assert.Null(match.Problem);
    }

    [Fact]
    public async Task Column_names_match_ignoring_case_and_surrounding_spaces()
    {
        var match = await MatchAsync(" MRN ,First_Name,last_name,birth_date,sex,Mbi");

        Assert.NotNull(match.Header);
    }

    [Fact]
    public async Task A_missing_required_column_is_named_and_the_expected_columns_are_listed()
    {
        var match = await MatchAsync("mrn,first_name,last_name,sex");

        Assert.Null(match.Header);
        Assert.Equal(1, match.Problem!.Line);
        Assert.Contains("missing required column(s) birth_date", match.Problem.Reason, StringComparison.Ordinal);
        Assert.Contains("mrn, first_name, last_name, birth_date, sex (required)", match.Problem.Reason, StringComparison.Ordinal);
        Assert.Contains("mbi, address_line, city, state, zip, phone, qmb, preferred_language (optional)", match.Problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_column_named_twice_is_rejected()
    {
        var match = await MatchAsync("mrn,first_name,last_name,birth_date,sex,MRN");

        Assert.Contains("named more than once: mrn", match.Problem!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_column_is_rejected_and_named_with_the_way_out()
    {
        var match = await MatchAsync("mrn,first_name,last_name,birth_date,sex,favourite_colour,");

        Assert.Null(match.Header);
        Assert.Contains("unknown column(s) favourite_colour, (unnamed column 7)", match.Problem!.Reason, StringComparison.Ordinal);
        Assert.Contains("--ignore-extra", match.Problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_columns_are_skipped_when_extra_columns_are_ignored()
    {
        var match = await MatchAsync("mrn,first_name,last_name,birth_date,sex,favourite_colour", ignoreExtra: true);

        Assert.NotNull(match.Header);
        Assert.Equal(["favourite_colour"], match.Header.IgnoredColumns);
    }

    [Fact]
    public async Task Ignoring_extra_columns_does_not_excuse_a_missing_one()
    {
        var match = await MatchAsync("mrn,first_name,last_name,dob,sex", ignoreExtra: true);

        Assert.Contains("missing required column(s) birth_date", match.Problem!.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown", match.Problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_header_problem_is_in_one_message()
    {
        var match = await MatchAsync("mrn,mrn,dob,first_name,last_name");

        Assert.Contains("missing required column(s) birth_date, sex", match.Problem!.Reason, StringComparison.Ordinal);
        Assert.Contains("named more than once: mrn", match.Problem.Reason, StringComparison.Ordinal);
        Assert.Contains("unknown column(s) dob", match.Problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_with_the_wrong_number_of_fields_is_a_problem_on_its_line()
    {
        var records = await CsvText.ReadAllAsync("mrn,first_name,last_name,birth_date,sex\nA1,Ann,Lee,1950-01-01\n");
        var header = PatientCsv.Layout.MatchHeader(records[0], false).Header!;

        var row = header.ToRow(records[1], out var problem);

        Assert.Null(row);
        Assert.Equal(2, problem!.Line);
        Assert.Contains("4 field(s) but the header has 5", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cells_are_trimmed_and_blank_means_no_value()
    {
        var row = await CsvText.RowAsync(PatientCsv.Layout, "mrn,first_name,last_name,birth_date,sex,mbi", " A1 ,Ann,Lee,1950-01-01,female,  ");

        Assert.Equal("A1", row["mrn"]);
        Assert.Null(row["mbi"]);
        Assert.Null(row["phone"]);
    }

    [Fact]
    public async Task Line_breaks_inside_a_value_read_as_LF_whatever_the_file_used()
    {
        var rows = await CsvText.RowsAsync(PatientCsv.Layout, "mrn,first_name,last_name,birth_date,sex,address_line\r\nA1,Ann,Lee,1950-01-01,female,\"1 Main\r\nApt 2\rRear\"\r\n");

        Assert.Equal("1 Main\nApt 2\nRear", rows.Single()["address_line"]);
    }
}
