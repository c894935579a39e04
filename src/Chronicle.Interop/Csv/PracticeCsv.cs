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
        new CsvColumn("phone", false, 32));

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
        if (cells.HasProblems)
        {
            return new CsvParsed<PracticeDetails>(null, cells.Problems);
        }

        return new CsvParsed<PracticeDetails>(new PracticeDetails(name!, npi!.Value, tin, address, phone, timeZone!, placeOfService!), []);
    }
}
