namespace Chronicle.Interop.Csv;

using Chronicle.Domain.Common;

/// <summary>The address columns the practice and patients kinds share.</summary>
internal static class CsvAddress
{
    public static Address Read(CsvCells cells)
    {
        var line = cells.Text("address_line");
        var city = cells.Text("city");
        var state = cells.ParseObject("state", CsvValues.ParseState);
        var zip = cells.ParseObject("zip", CsvValues.ParseZip);
        return new Address(line, city, state, zip);
    }
}
