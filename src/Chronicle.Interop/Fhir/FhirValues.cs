namespace Chronicle.Interop.Fhir;

using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

/// <summary>Small readers for FHIR values: dates, codings, enum codes, bounded text.</summary>
internal static class FhirValues
{
    public const int DisplayLength = 400;

    /// <summary>
    /// The calendar date a FHIR date or dateTime stands for: <see cref="SourceDateTime.LocalDate"/>,
    /// so an instant becomes the practice's local date and a partial date (2020 or 2020-03) its first day.
    /// </summary>
    public static DateOnly? ToDate(string? value, PracticeTimeZone zone, out string? error) =>
        ToSource(value, out error)?.LocalDate(zone);

    /// <summary>A FHIR date or dateTime as written (kept to be served back exactly), or null with the error.</summary>
    public static SourceDateTime? ToSource(string? value, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var parsed = SourceDateTime.TryParse(value);
        error = parsed.Error is null ? null : $"'{value}' is not a FHIR date or dateTime.";
        return parsed.Value;
    }

    /// <summary>Whether a FHIR date names a whole day (not just a year or a month).</summary>
    public static bool IsFullDate(string value) => value.Trim().Length >= 10;

    /// <summary>The start date of a dateTime or the start of a Period; other choices (Age, Range, string) give none.</summary>
    public static (DateOnly? Date, string? Error) StartOf(DataType? value, PracticeTimeZone zone)
    {
        var (source, error) = SourceStartOf(value);
        return (source?.LocalDate(zone), error);
    }

    /// <summary>The start of a dateTime or Period as written.</summary>
    public static (SourceDateTime? Value, string? Error) SourceStartOf(DataType? value) => value switch
    {
        FhirDateTime dt => (ToSource(dt.Value, out var e1), e1),
        Date d => (ToSource(d.Value, out var e2), e2),
        Period p => (ToSource(p.Start, out var e3), e3),
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
