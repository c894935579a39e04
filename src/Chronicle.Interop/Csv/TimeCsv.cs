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
        new CsvColumn("inpatient", false),
        new CsvColumn("seconds", false));

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
        var seconds = cells.Parse("seconds", ParseSeconds);
        if (seconds is { } exact && minutes is { } whole && whole != (exact + 59) / 60)
        {
            cells.Problem("minutes", FormattableString.Invariant($"{whole} minutes is not {exact} seconds rounded up to whole minutes ({(exact + 59) / 60})."));
        }
        if (cells.HasProblems)
        {
            return new CsvParsed<TimeCsvRow>(null, cells.Problems);
        }

        return new CsvParsed<TimeCsvRow>(new TimeCsvRow(mrn!, program!.Value, staffId!, start!.Value, minutes!.Value, activity!.Value, note, inpatient ?? false) { Seconds = seconds }, []);
    }

    /// <summary>How a start is written: to the minute, or to the second when it has seconds (an exported timer entry).</summary>
    public static string LocalDateTimeFormat(bool withSeconds) => withSeconds ? "yyyy-MM-ddTHH:mm:ss" : "yyyy-MM-ddTHH:mm";

    /// <summary>A local date-time, <c>YYYY-MM-DDTHH:MM</c> or <c>YYYY-MM-DDTHH:MM:SS</c> (docs/spec/import-formats.md).</summary>
    public static ValueResult<DateTime> ParseLocalDateTime(string text) =>
        DateTime.TryParseExact(text, [LocalDateTimeFormat(false), LocalDateTimeFormat(true)], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? ValueResult<DateTime>.Ok(value)
            : ValueResult<DateTime>.Fail($"'{text}' is not a local date-time in the form YYYY-MM-DDTHH:MM (or YYYY-MM-DDTHH:MM:SS).");

    /// <summary>An entry's exact length when it is not whole minutes (a timer's): 1 to 43,200 seconds.</summary>
    private static ValueResult<int> ParseSeconds(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 1 and <= 720 * 60
            ? ValueResult<int>.Ok(seconds)
            : ValueResult<int>.Fail($"'{text}' seconds: an entry lasts from 1 to 43200 seconds (720 minutes).");

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
public sealed record TimeCsvRow(string Mrn, CareProgram Program, string StaffId, DateTime LocalStart, int Minutes, TimeActivity Activity, string? Note, bool Inpatient)
{
    /// <summary>The exact length when the file gives one (the optional <c>seconds</c> column).</summary>
    public int? Seconds { get; init; }

    public int DurationSeconds => Seconds ?? Minutes * 60;
}
