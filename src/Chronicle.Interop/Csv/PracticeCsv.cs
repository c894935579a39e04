namespace Chronicle.Interop.Csv;

using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;

/// <summary>The <c>practice</c> CSV kind: one practice per row, keyed by its group NPI.</summary>
public static class PracticeCsv
{
    public static CsvLayout Layout { get; } = new(
        "practice",
        new CsvColumn("name", true),
        new CsvColumn("npi", true),
        new CsvColumn("time_zone", true, 64),
        new CsvColumn("place_of_service", true),
        new CsvColumn("tin", false),
        new CsvColumn("address_line", false),
        new CsvColumn("city", false),
        new CsvColumn("state", false),
        new CsvColumn("zip", false),
        new CsvColumn("phone", false, 32),

        // The billing setting (docs/rules/institutional.md §1): absent or empty means an office.
        new CsvColumn("billing_setting", false, 16),
        new CsvColumn("revenue_code", false, 4),
        new CsvColumn("facility_npi", false),
        new CsvColumn("ccn", false, 6));

    public static CsvParsed<PracticeDetails> Parse(CsvRow row)
    {
        var cells = new CsvCells(row);
        var name = cells.Text("name");
        var npi = cells.Parse("npi", Npi.TryParse);
        var timeZone = cells.ParseObject("time_zone", PracticeTimeZone.TryParse);
        var placeOfService = cells.ParseObject("place_of_service", CsvValues.ParsePlaceOfService);
        var tin = cells.ParseObject("tin", CsvValues.ParseTin);
        var address = CsvAddress.Read(cells);
        var phone = cells.Text("phone");
        var billing = Billing(cells);
        if (cells.HasProblems)
        {
            return new CsvParsed<PracticeDetails>(null, cells.Problems);
        }

        return new CsvParsed<PracticeDetails>(new PracticeDetails(name!, npi!.Value, tin, address, phone, timeZone!, placeOfService!, billing), []);
    }

    private static PracticeBilling? Billing(CsvCells cells)
    {
        var setting = cells.Parse("billing_setting", BillingSettings.TryParse) ?? BillingSetting.ProfessionalOffice;
        var revenueCode = cells.Text("revenue_code");
        var facilityNpi = cells.Parse("facility_npi", Npi.TryParse);
        var ccn = cells.Text("ccn");
        if (cells.HasProblems)
        {
            return null;
        }

        var billing = PracticeBilling.Create(setting, revenueCode, facilityNpi, ccn);
        if (!billing.IsValid)
        {
            cells.Problem("billing_setting", billing.Error!);
        }

        return billing.Value;
    }
}
