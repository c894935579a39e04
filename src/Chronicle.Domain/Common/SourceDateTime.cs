namespace Chronicle.Domain.Common;

using System.Globalization;
using Chronicle.Domain.Practices;

/// <summary>
/// A date or date-time exactly as the source system wrote it: a year, a month, a day, or an
/// instant with its time and UTC offset (<c>2012-08-13T03:37:05+00:00</c>). Chronicle keeps the
/// text so that what it serves back is what it was given, to the second and with the same offset;
/// the practice's local date of an instant (a date of service) is derived from it in one place,
/// <see cref="LocalDate"/>, and never stored instead of it.
/// </summary>
public sealed record SourceDateTime
{
    public const int MaxLength = 35;

    private static readonly string[] InstantFormats =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    private SourceDateTime(string text, DateTimeOffset? instant, DateOnly date)
    {
        Text = text;
        Instant = instant;
        FirstDay = date;
    }

    /// <summary>The value as written, e.g. <c>2020</c>, <c>2020-03-14</c> or <c>2020-03-14T09:30:00-05:00</c>.</summary>
    public string Text { get; }

    /// <summary>The instant, when the source gave a time (and with it an offset); null for a date.</summary>
    public DateTimeOffset? Instant { get; }

    /// <summary>For a date: the day (the first day of a year or month given alone).</summary>
    private DateOnly FirstDay { get; }

    public static ValueResult<SourceDateTime> TryParse(string? value)
    {
        var text = value?.Trim() ?? string.Empty;
        if (text.Length is 0 or > MaxLength)
        {
            return ValueResult<SourceDateTime>.Fail($"'{value}' is not a date or date-time.");
        }

        if (text.Length > 10)
        {
            return DateTimeOffset.TryParseExact(text, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
                ? ValueResult<SourceDateTime>.Ok(new SourceDateTime(text, instant, DateOnly.FromDateTime(instant.DateTime)))
                : ValueResult<SourceDateTime>.Fail($"'{value}' is not a date-time with a time zone offset (YYYY-MM-DDThh:mm:ss+zz:zz).");
        }

        var padded = text.Length switch
        {
            4 => text + "-01-01",
            7 => text + "-01",
            _ => text,
        };
        return DateOnly.TryParseExact(padded, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? ValueResult<SourceDateTime>.Ok(new SourceDateTime(text, null, date))
            : ValueResult<SourceDateTime>.Fail($"'{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).");
    }

    public static SourceDateTime Parse(string value) => TryParse(value).GetOrThrow("date-time");

    /// <summary>A whole day as a source date (what a CSV or a person gives).</summary>
    public static SourceDateTime OfDate(DateOnly date) => Parse(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Whether the source named a whole day (or an instant), not just a year or a month.</summary>
    public bool IsWholeDay => Text.Length >= 10;

    /// <summary>
    /// The calendar day this stands for in the practice: an instant's local date in the practice's
    /// zone (a date of service), a date as written, a year or month its first day. The one place
    /// where an instant becomes a date.
    /// </summary>
    public DateOnly LocalDate(PracticeTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Instant is { } instant ? zone.LocalDateOf(instant) : FirstDay;
    }

    public override string ToString() => Text;
}
