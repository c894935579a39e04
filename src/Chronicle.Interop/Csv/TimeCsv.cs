namespace Chronicle.Interop.Csv;

using System.Globalization;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Time;

/// <summary>
/// The <c>time</c> CSV kind: minutes logged in a spreadsheet before Chronicle. A row is one entry
/// of a staff member for a patient and program starting at a local date-time in the practice's
/// zone; the practice converts it to an instant, since only it knows the zone. Minutes are whole
/// and at least one.
/// </summary>
public static class TimeCsv
{
    public static CsvLayout Layout { get; } = new(
        "time",
        new CsvColumn("mrn", true, 64),
        new CsvColumn("program", true),
        new CsvColumn("staff_id", true, 64),
        new CsvColumn("start", true),
        new CsvColumn("minutes", true),
        new CsvColumn("activity", true),
        new CsvColumn("note", false, TimePolicy.MaxNoteLength),
        new CsvColumn("inpatient", false));

    public static CsvParsed<TimeCsvRow> Parse(CsvRow row)
    {
        var cells = new CsvCells(row);
        var mrn = cells.Identifier("mrn");
        var program = cells.Parse("program", CarePrograms.TryParse);
        var staffId = cells.Identifier("staff_id");
        var start = cells.Parse("start", ParseLocalDateTime);
        var minutes = cells.Parse("minutes", ParseMinutes);
        var activity = cells.Parse("activity", TimeActivities.TryParse);
        var note = cells.Text("note");
        var inpatient = cells.Boolean("inpatient");
        if (cells.HasProblems)
        {
            return new CsvParsed<TimeCsvRow>(null, cells.Problems);
        }

        return new CsvParsed<TimeCsvRow>(new TimeCsvRow(mrn!, program!.Value, staffId!, start!.Value, minutes!.Value, activity!.Value, note, inpatient ?? false), []);
    }

    /// <summary>A local date-time, <c>YYYY-MM-DDTHH:MM</c> (docs/spec/import-formats.md).</summary>
    public static ValueResult<DateTime> ParseLocalDateTime(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? ValueResult<DateTime>.Ok(value)
            : ValueResult<DateTime>.Fail($"'{text}' is not a local date-time in the form YYYY-MM-DDTHH:MM.");

    private static ValueResult<int> ParseMinutes(string text)
    {
        var parsed = Minutes.TryParse(text);
        if (!parsed.IsValid)
        {
            return ValueResult<int>.Fail(parsed.Error!);
        }

        return parsed.Value.Value is >= 1 and <= 720
            ? ValueResult<int>.Ok(parsed.Value.Value)
            : ValueResult<int>.Fail($"'{text}' minutes: an entry lasts from 1 to 720 minutes.");
    }
}

/// <summary>A time row: who, for whom, when (local), how long and what.</summary>
public sealed record TimeCsvRow(string Mrn, CareProgram Program, string StaffId, DateTime LocalStart, int Minutes, TimeActivity Activity, string? Note, bool Inpatient);
