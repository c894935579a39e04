namespace Chronicle.Interop.Tests.Csv;

using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Interop.Csv;

public sealed class PatientCsvTests
{
    private const string Header = "mrn,first_name,last_name,birth_date,sex,mbi,address_line,city,state,zip,phone,qmb";
    private static readonly DateOnly Today = new(2026, 3, 15);

    private static async Task<CsvParsed<PatientDetails>> ParseAsync(string line) =>
        PatientCsv.Parse(await CsvText.RowAsync(PatientCsv.Layout, Header, line), Today);

    [Fact]
    public async Task A_good_row_becomes_patient_details()
    {
        var parsed = await ParseAsync("A1,Ann,Lee,1950-02-03,Female,1EG4-TE5-MK73,\"1 Main St, Apt 2\",Springfield,il,62701,217-555-0101,TRUE");

        Assert.True(parsed.IsValid);
        var p = parsed.Value!;
        Assert.Equal("A1", p.Mrn);
        Assert.Equal(new DateOnly(1950, 2, 3), p.BirthDate);
        Assert.Equal(Sex.Female, p.Sex);
        Assert.Equal("1EG4TE5MK73", p.Mbi!.Value.Value);
        Assert.Equal(new Address("1 Main St, Apt 2", "Springfield", "IL", "62701"), p.Address);
        Assert.True(p.Qmb);
    }

    [Fact]
    public async Task Optional_cells_left_blank_are_no_value()
    {
        var parsed = await ParseAsync("A1,Ann,Lee,1950-02-03,male,,,,,,,");

        Assert.True(parsed.IsValid);
        Assert.Null(parsed.Value!.Mbi);
        Assert.True(parsed.Value.Address.IsEmpty);
        Assert.False(parsed.Value.Qmb);
    }

    [Fact]
    public async Task Every_bad_field_of_a_row_is_reported_with_line_and_column()
    {
        var parsed = await ParseAsync(",,Lee,03/02/1950,f,1SL4TE5MK73,,,Illinois,627,,maybe");

        Assert.False(parsed.IsValid);
        Assert.All(parsed.Problems, p => Assert.Equal(2, p.Line));
        Assert.Equal(
            ["mrn", "first_name", "birth_date", "sex", "mbi", "state", "zip", "qmb"],
            parsed.Problems.Select(p => p.Column));
        Assert.Contains("YYYY-MM-DD", Reason(parsed, "birth_date"), StringComparison.Ordinal);
        Assert.Contains("position 2", Reason(parsed, "mbi"), StringComparison.Ordinal);
        Assert.Contains("female, male, other or unknown", Reason(parsed, "sex"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_birth_date_after_today_is_refused()
    {
        var parsed = await ParseAsync("A1,Ann,Lee,2026-03-16,female,,,,,,,");

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal("birth_date", problem.Column);
        Assert.Contains("2026-03-16 is in the future", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_birth_date_of_today_is_accepted_and_one_before_1880_is_not()
    {
        Assert.True((await ParseAsync("A1,Ann,Lee,2026-03-15,female,,,,,,,")).IsValid);
        Assert.Contains("before 1880", Assert.Single((await ParseAsync("A1,Ann,Lee,1879-12-31,female,,,,,,,")).Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_longer_than_the_column_holds_is_refused()
    {
        var parsed = await ParseAsync($"{new string('9', 65)},Ann,Lee,1950-01-01,female,,,,,,,");

        Assert.Contains("holds at most 64", Assert.Single(parsed.Problems).Reason, StringComparison.Ordinal);
    }

    private static string Reason(CsvParsed<PatientDetails> parsed, string column) =>
        parsed.Problems.Single(p => p.Column == column).Reason;
}
