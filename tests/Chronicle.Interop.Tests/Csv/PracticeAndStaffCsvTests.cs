namespace Chronicle.Interop.Tests.Csv;

using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Csv;

public sealed class PracticeAndStaffCsvTests
{
    private const string PracticeHeader = "name,npi,time_zone,place_of_service,tin,address_line,city,state,zip,phone";
    private const string StaffHeader = "staff_id,first_name,last_name,role,credential,npi,email";

    [Fact]
    public async Task A_good_practice_row_becomes_practice_details()
    {
        var row = await CsvText.RowAsync(PracticeCsv.Layout, PracticeHeader,
            "Riverbend Family Medicine,1234567893,America/Chicago,11,12-3456789,400 Mill Street,Riverbend,IL,62701-1234,217-555-0100");

        var parsed = PracticeCsv.Parse(row);

        Assert.True(parsed.IsValid);
        var p = parsed.Value!;
        Assert.Equal("1234567893", p.GroupNpi.Value);
        Assert.Equal("America/Chicago", p.TimeZone.Id);
        Assert.Equal("123456789", p.Tin);
        Assert.Equal("11", p.PlaceOfService);
        Assert.Equal("62701-1234", p.Address.Zip);
    }

    [Theory]
    [InlineData("62701", "62701")]
    [InlineData("62701-1234", "62701-1234")]
    [InlineData("627011234", "62701-1234")]
    public async Task A_zip_of_five_or_nine_digits_is_kept_as_zip_or_zip_plus_four(string zip, string stored)
    {
        var row = await CsvText.RowAsync(PracticeCsv.Layout, PracticeHeader,
            $"Riverbend Family Medicine,1234567893,America/Chicago,11,12-3456789,400 Mill Street,Riverbend,IL,{zip},217-555-0100");

        var parsed = PracticeCsv.Parse(row);

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Problems.Select(p => p.Reason)));
        Assert.Equal(stored, parsed.Value!.Address.Zip);
    }

    [Theory]
    [InlineData("6270")]
    [InlineData("6270112345")]
    [InlineData("62701 1234")]
    [InlineData("62701-123")]
    public async Task A_zip_of_another_length_or_shape_is_refused_by_column(string zip)
    {
        var row = await CsvText.RowAsync(PracticeCsv.Layout, PracticeHeader,
            $"Riverbend Family Medicine,1234567893,America/Chicago,11,12-3456789,400 Mill Street,Riverbend,IL,{zip},217-555-0100");

        var parsed = PracticeCsv.Parse(row);

        Assert.Equal(["zip"], parsed.Problems.Select(p => p.Column));
    }

    [Fact]
    public async Task Every_bad_field_of_a_practice_row_is_reported()
    {
        var row = await CsvText.RowAsync(PracticeCsv.Layout, PracticeHeader, ",1234567890,Central Standard Time,office,12345,,,I,ABCDE,");

        var parsed = PracticeCsv.Parse(row);

        Assert.Equal(["name", "npi", "time_zone", "place_of_service", "tin", "state", "zip"], parsed.Problems.Select(p => p.Column));
        Assert.Contains("check digit should be 3", parsed.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Contains("IANA", parsed.Problems[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_IANA_time_zone_is_refused()
    {
        var row = await CsvText.RowAsync(PracticeCsv.Layout, "name,npi,time_zone,place_of_service", "Clinic,1234567893,America/Atlantis,11");

        Assert.Contains("not a known IANA time zone", Assert.Single(PracticeCsv.Parse(row).Problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_good_staff_row_becomes_staff_details()
    {
        var row = await CsvText.RowAsync(StaffCsv.Layout, StaffHeader, "S1,Maya,Patel,billing-practitioner,MD,1558598797,maya@example.org");

        var parsed = StaffCsv.Parse(row);

        Assert.True(parsed.IsValid);
        Assert.Equal(new StaffDetails("S1", "Maya", "Patel", StaffRole.BillingPractitioner, "MD", Npi.Parse("1558598797"), "maya@example.org"), parsed.Value);
    }

    [Fact]
    public async Task Every_bad_field_of_a_staff_row_is_reported()
    {
        var row = await CsvText.RowAsync(StaffCsv.Layout, StaffHeader, "S1,,Patel,nurse,REGISTEREDNURSE01,12345,not-an-email");

        var parsed = StaffCsv.Parse(row);

        Assert.Equal(["first_name", "role", "credential", "npi", "email"], parsed.Problems.Select(p => p.Column));
        Assert.Contains("billing-practitioner, clinical-staff or non-clinical", parsed.Problems[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_billing_practitioner_without_an_NPI_is_refused_and_clinical_staff_need_none()
    {
        var practitioner = StaffCsv.Parse(await CsvText.RowAsync(StaffCsv.Layout, StaffHeader, "S1,Maya,Patel,billing-practitioner,MD,,"));
        var nurse = StaffCsv.Parse(await CsvText.RowAsync(StaffCsv.Layout, StaffHeader, "S2,Rosa,Diaz,clinical-staff,RN,,"));

        var problem = Assert.Single(practitioner.Problems);
        Assert.Equal("npi", problem.Column);
        Assert.Contains("needs an NPI", problem.Reason, StringComparison.Ordinal);
        Assert.True(nurse.IsValid);
    }
}
