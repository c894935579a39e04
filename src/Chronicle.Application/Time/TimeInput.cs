namespace Chronicle.Application.Time;

using System.Globalization;
using Chronicle.Application.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;

/// <summary>
/// A time entry as people and clients send it, checked the same way on every surface (web form,
/// /api, CLI). <paramref name="Start"/> is a local date-time in the practice's zone
/// (<c>YYYY-MM-DDTHH:MM</c>, as in the CSV files) or an instant with an offset or Z. Without a
/// start, <paramref name="End"/> (same forms) says when the work ended, and the entry starts its
/// duration earlier; with neither, the work ended just now (a call logged as it is hung up).
/// <paramref name="StaffId"/> names who did the work; the signed-in person when null.
/// <paramref name="ConfirmLong"/> confirms a manual entry longer than the practice's long-entry
/// limit (refused with TIME-CONFIRM-LONG otherwise).
/// </summary>
public sealed record TimeEntryInput(
    string Program,
    string Activity,
    string? Start,
    int DurationSeconds,
    string? Note = null,
    bool Inpatient = false,
    string? Reason = null,
    Guid? StaffId = null,
    bool ConfirmLong = false,
    string? End = null);

/// <summary>The checked values of a <see cref="TimeEntryInput"/>.</summary>
internal sealed record ParsedTimeInput(CareProgram Program, TimeActivity Activity, DateTimeOffset Start);

internal static class TimeInputParser
{
    public const string InvalidCode = "TIME-INVALID";

    private static readonly string[] LocalFormats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"];

    /// <param name="now">The use case's one clock reading, for an entry that ends now.</param>
    public static Result<ParsedTimeInput> Parse(TimeEntryInput input, PracticeTimeZone zone, DateTimeOffset now)
    {
        var program = CarePrograms.TryParse(input.Program);
        if (!program.IsValid)
        {
            return Invalid("program", program.Error!);
        }

        var activity = TimeActivities.TryParse(input.Activity);
        if (!activity.IsValid)
        {
            return Invalid("activity", activity.Error!);
        }

        if (!string.IsNullOrWhiteSpace(input.Start))
        {
            var start = ParseStart(input.Start, zone);
            return start.IsValid
                ? new ParsedTimeInput(program.Value, activity.Value, start.Value!.Value)
                : Invalid("start", start.Error!);
        }

        var end = string.IsNullOrWhiteSpace(input.End) ? Domain.Common.ValueResult<DateTimeOffset?>.Ok(now) : ParseStart(input.End, zone);
        return end.IsValid
            ? new ParsedTimeInput(program.Value, activity.Value, end.Value!.Value.AddSeconds(-Math.Max(0, input.DurationSeconds)))
            : Invalid("end", end.Error!.Replace("a start time", "an end time", StringComparison.Ordinal));
    }

    public static Domain.Common.ValueResult<DateTimeOffset?> ParseStart(string? text, PracticeTimeZone zone)
    {
        var value = text?.Trim() ?? string.Empty;
        if (DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            var instant = zone.TryToInstant(local);
            return instant.IsValid
                ? Domain.Common.ValueResult<DateTimeOffset?>.Ok(instant.Value)
                : Domain.Common.ValueResult<DateTimeOffset?>.Fail(instant.Error!);
        }

        return value.Length > 16 && (value.EndsWith('Z') || value[^6] is '+' or '-')
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? Domain.Common.ValueResult<DateTimeOffset?>.Ok(at.ToUniversalTime())
            : Domain.Common.ValueResult<DateTimeOffset?>.Fail($"'{text}' is not a start time: give YYYY-MM-DDTHH:MM in the practice's zone ({zone.Id}) or an instant with an offset.");
    }

    private static BusinessError Invalid(string field, string message) => new(InvalidCode, $"{field}: {message}");
}
