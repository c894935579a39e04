namespace Chronicle.Interop.Csv;

using System.Globalization;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;

/// <summary>
/// The <c>visits</c> CSV kind: one billed encounter per row. A visit is identified by patient,
/// date, code and rendering NPI (<see cref="SourceKeyOf"/>); every column is part of that key.
/// </summary>
public static class VisitCsv
{
    public static CsvLayout Layout { get; } = new(
        "visits",
        new CsvColumn("mrn", true, 64),
        new CsvColumn("date", true),
        new CsvColumn("code", true),
        new CsvColumn("npi", true));

    /// <summary>"csv:" + date + ":" + code + ":" + NPI.</summary>
    public static string SourceKeyOf(DateOnly date, HcpcsCode code, Npi npi) =>
        string.Create(CultureInfo.InvariantCulture, $"csv:{date:yyyy-MM-dd}:{code.Value}:{npi.Value}");

    public static CsvParsed<VisitCsvRow> Parse(CsvRow row)
    {
        var cells = new CsvCells(row);
        var mrn = cells.Identifier("mrn");
        var date = cells.Date("date");
        var code = cells.Parse("code", HcpcsCode.TryParse);
        var npi = cells.Parse("npi", Npi.TryParse);
        if (cells.HasProblems)
        {
            return new CsvParsed<VisitCsvRow>(null, cells.Problems);
        }

        var details = new VisitDetails(SourceKeyOf(date!.Value, code!.Value, npi!.Value), date.Value, code.Value, null, npi.Value);
        return new CsvParsed<VisitCsvRow>(new VisitCsvRow(mrn!, details), []);
    }
}

/// <summary>A visit row: the patient's MRN and the visit's details.</summary>
public sealed record VisitCsvRow(string Mrn, VisitDetails Details);
