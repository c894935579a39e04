namespace Chronicle.Interop.Csv;

using Chronicle.Domain.Common;

/// <summary>
/// The <c>services</c> CSV kind: codes billed for a patient outside Chronicle's claims (by the
/// practice's other systems, or reported from elsewhere), which the conflict rules read. A service
/// is identified by patient, code, date and NPI; the source is free text about where it came from.
/// </summary>
public static class ServiceCsv
{
    public static CsvLayout Layout { get; } = new(
        "services",
        new CsvColumn("mrn", true, 64),
        new CsvColumn("code", true),
        new CsvColumn("date", true),
        new CsvColumn("npi", true),
        new CsvColumn("source", false, 400));

    public static CsvParsed<ServiceCsvRow> Parse(CsvRow row)
    {
        var cells = new CsvCells(row);
        var mrn = cells.Identifier("mrn");
        var code = cells.Parse("code", HcpcsCode.TryParse);
        var date = cells.Date("date");
        var npi = cells.Parse("npi", Npi.TryParse);
        var source = cells.Text("source");
        return cells.HasProblems
            ? new CsvParsed<ServiceCsvRow>(null, cells.Problems)
            : new CsvParsed<ServiceCsvRow>(new ServiceCsvRow(mrn!, code!.Value, date!.Value, npi!.Value, source), []);
    }
}

/// <summary>A services row: the patient's MRN, the code billed, its date, the NPI that billed it and the report's source.</summary>
public sealed record ServiceCsvRow(string Mrn, HcpcsCode Code, DateOnly Date, Npi Npi, string? Source)
{
    public string Key => $"{Code.Value}\n{Date:yyyy-MM-dd}\n{Npi.Value}";
}
