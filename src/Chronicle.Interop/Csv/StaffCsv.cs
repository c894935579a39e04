namespace Chronicle.Interop.Csv;

using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;

/// <summary>The <c>staff</c> CSV kind: one staff member per row, keyed by the practice's staff_id.</summary>
public static class StaffCsv
{
    public static CsvLayout Layout { get; } = new(
        "staff",
        new CsvColumn("staff_id", true, 64),
        new CsvColumn("first_name", true),
        new CsvColumn("last_name", true),
        new CsvColumn("role", true),
        new CsvColumn("credential", false, 16),
        new CsvColumn("npi", false),
        new CsvColumn("email", false));

    public static CsvParsed<StaffDetails> Parse(CsvRow row)
    {
        var cells = new CsvCells(row);
        var staffId = cells.Identifier("staff_id");
        var firstName = cells.Text("first_name");
        var lastName = cells.Text("last_name");
        var role = cells.Parse("role", StaffRoles.TryParse);
        var credential = cells.Text("credential");
        var npi = cells.Parse("npi", Npi.TryParse);
        var email = cells.ParseObject("email", CsvValues.ParseEmail);
        if (role == StaffRole.BillingPractitioner && row["npi"] is null)
        {
            cells.Problem("npi", "A billing practitioner needs an NPI.");
        }

        if (cells.HasProblems)
        {
            return new CsvParsed<StaffDetails>(null, cells.Problems);
        }

        return new CsvParsed<StaffDetails>(new StaffDetails(staffId!, firstName!, lastName!, role!.Value, credential, npi, email), []);
    }
}
