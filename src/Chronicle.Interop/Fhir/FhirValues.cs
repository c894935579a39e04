namespace Chronicle.Interop.Fhir;

using System.Globalization;
using Chronicle.Domain.Practices;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

/// <summary>Small readers for FHIR values: dates, codings, enum codes, bounded text.</summary>
internal static class FhirValues
{
    public const int DisplayLength = 400;

    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    /// <summary>
    /// The calendar date a FHIR date or dateTime stands for. An instant (with a time and an offset)
    /// becomes the practice's local date; a partial date (2020 or 2020-03) its first day.
    /// </summary>
    public static DateOnly? ToDate(string? value, PracticeTimeZone zone, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.Length > 10)
        {
            if (DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            {
                return zone.LocalDateOf(instant);
            }

            error = $"'{value}' is not a FHIR dateTime.";
            return null;
        }

        var padded = text.Length switch
        {
            4 => text + "-01-01",
            7 => text + "-01",
            _ => text,
        };
        if (DateOnly.TryParseExact(padded, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        error = $"'{value}' is not a FHIR date.";
        return null;
    }

    /// <summary>Whether a FHIR date names a whole day (not just a year or a month).</summary>
    public static bool IsFullDate(string value) => value.Trim().Length >= 10;

    /// <summary>The start date of a dateTime or the start of a Period; other choices (Age, Range, string) give none.</summary>
    public static (DateOnly? Date, string? Error) StartOf(DataType? value, PracticeTimeZone zone) => value switch
    {
        FhirDateTime dt => (ToDate(dt.Value, zone, out var e1), e1),
        Date d => (ToDate(d.Value, zone, out var e2), e2),
        Period p => (ToDate(p.Start, zone, out var e3), e3),
        _ => (null, null),
    };

    public static (int Index, Coding Coding)? FindCoding(CodeableConcept? concept, Func<Coding, bool> match)
    {
        if (concept is null)
        {
            return null;
        }

        for (var i = 0; i < concept.Coding.Count; i++)
        {
            if (concept.Coding[i] is { } coding && match(coding))
            {
                return (i, coding);
            }
        }

        return null;
    }

    public static Coding? FirstCoding(CodeableConcept? concept) =>
        concept?.Coding.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c.Code));

    /// <summary>What people read for a concept: the first coding's display, else the text.</summary>
    public static string? DisplayOf(CodeableConcept? concept) =>
        Bounded(concept?.Coding.Select(c => c.Display).FirstOrDefault(d => !string.IsNullOrWhiteSpace(d)) ?? concept?.Text);

    public static string? Literal<T>(T? value)
        where T : struct, Enum =>
        value is { } v ? EnumUtility.GetLiteral(v) : null;

    /// <summary>Free text cut to what the database keeps; a longer display is not worth refusing a record for.</summary>
    public static string? Bounded(string? text, int length = DisplayLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length <= length ? trimmed : trimmed[..length];
    }

    public static bool HasCode(CodeableConcept? concept, string system, string code) =>
        concept?.Coding.Any(c => c.System == system && string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase)) == true;
}
