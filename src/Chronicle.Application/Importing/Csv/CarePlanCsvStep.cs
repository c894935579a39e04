namespace Chronicle.Application.Importing.Csv;

using System.Globalization;
using Chronicle.Domain.CarePlans;
using Chronicle.Interop.Csv;

/// <summary>
/// One step of a plan's history in the careplans kind (created, revised, signed, reviewed, copy):
/// its fields by name, and the first value that does not read as <see cref="Problem"/>, at its line.
/// </summary>
internal sealed class CarePlanCsvStep
{
    private readonly Dictionary<string, CarePlanCsvRow> _fields;

    public CarePlanCsvStep(IReadOnlyList<CarePlanCsvRow> rows)
    {
        _fields = rows.ToDictionary(r => r.Field, StringComparer.Ordinal);
        Section = rows[0].Section;
        Version = rows[0].Version;
        Line = rows.Min(r => r.Line);
        Date = Read("date", CsvValues.ParseDate, required: true);
        At = Read("at", ParseInstant, required: false);
    }

    public string Section { get; }

    public int Version { get; }

    public int Line { get; }

    public DateOnly? Date { get; }

    public DateTimeOffset? At { get; }

    public CsvProblem? Problem { get; private set; }

    public string? Text(string field) => _fields.TryGetValue(field, out var row) ? row.Value : null;

    /// <summary>A copy's recipient, kind and method; null (with the problem) when one is missing or unknown.</summary>
    public CopyDetails? Copy()
    {
        var kind = Read("recipient-kind", text => Known(CsvCodes.Parse<CopyRecipientKind>(text), text, CsvCodes.Codes<CopyRecipientKind>()), required: true);
        var method = Read("method", text => Known(CsvCodes.Parse<CopyMethod>(text), text, CsvCodes.Codes<CopyMethod>()), required: true);
        if (Text("recipient") is not { } recipient)
        {
            Problem ??= new CsvProblem(Line, "field", "A copy step needs a recipient.");
            return null;
        }

        return kind is { } k && method is { } m && Date is { } on ? new CopyDetails(recipient, k, m, on) : null;
    }

    private T? Read<T>(string field, Func<string, Chronicle.Domain.Common.ValueResult<T>> parse, bool required)
        where T : struct
    {
        if (!_fields.TryGetValue(field, out var row) || row.Value is null)
        {
            if (required)
            {
                Problem ??= new CsvProblem(Line, "field", $"The {Section} step needs a {field}.");
            }

            return null;
        }

        var result = parse(row.Value);
        if (result.IsValid)
        {
            return result.Value;
        }

        Problem ??= new CsvProblem(row.Line, "value", $"{Section} {field}: {result.Error}");
        return null;
    }

    private static Chronicle.Domain.Common.ValueResult<DateTimeOffset> ParseInstant(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? Chronicle.Domain.Common.ValueResult<DateTimeOffset>.Ok(at)
            : Chronicle.Domain.Common.ValueResult<DateTimeOffset>.Fail($"'{text}' is not an instant such as 2026-11-03T15:04:05Z.");

    private static Chronicle.Domain.Common.ValueResult<T> Known<T>(T? value, string text, IEnumerable<string> codes)
        where T : struct =>
        value is { } known ? Chronicle.Domain.Common.ValueResult<T>.Ok(known) : Chronicle.Domain.Common.ValueResult<T>.Fail($"'{text}' is not one of {string.Join(", ", codes)}.");
}
