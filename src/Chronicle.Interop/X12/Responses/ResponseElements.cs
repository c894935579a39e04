namespace Chronicle.Interop.X12.Responses;

using System.Globalization;
using Chronicle.Domain.Common;

/// <summary>
/// Reads the values of response segments: amounts (X12 R), quantities, dates (CCYYMMDD) and
/// composites. A bad or missing amount is a blocking problem (money would be wrong); a bad date or
/// quantity is reported and read as absent.
/// </summary>
internal sealed class ResponseElements(ResponseProblems problems)
{
    public ResponseProblems Problems => problems;

    /// <summary>An X12 R amount such as 150000.00, -1.27 or 220; null (and a blocking problem) when absent or not a number.</summary>
    public Money? Amount(X12Segment segment, int index, bool required = true)
    {
        var text = segment[index];
        if (text.Length == 0)
        {
            if (required)
            {
                problems.Blocking(segment, segment.ElementName(index), "the amount is missing.");
            }

            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var dollars))
        {
            problems.Blocking(segment, segment.ElementName(index), $"'{text}' is not a number.");
            return null;
        }

        var cents = dollars * 100m;
        if (cents != decimal.Truncate(cents) || Math.Abs(cents) > 99_999_999_999m)
        {
            problems.Blocking(segment, segment.ElementName(index), $"'{text}' is not an amount in dollars and cents.");
            return null;
        }

        return new Money((long)cents);
    }

    /// <summary>A quantity (units, counts); null when absent, and a lenient problem when not a number.</summary>
    public decimal? Quantity(X12Segment segment, int index)
    {
        var text = segment[index];
        if (text.Length == 0)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Lenient(segment, segment.ElementName(index), $"'{text}' is not a number; read as absent.");
        return null;
    }

    /// <summary>A whole number such as a count or a position; null when absent or not one (reported).</summary>
    public int? Count(X12Segment segment, int index)
    {
        var text = segment[index];
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Lenient(segment, segment.ElementName(index), $"'{text}' is not a whole number; read as absent.");
        return null;
    }

    /// <summary>A CCYYMMDD date; null when absent or not a real date (reported, read as absent).</summary>
    public DateOnly? Date(X12Segment segment, int index) => Date(segment, segment.ElementName(index), segment[index]);

    public DateOnly? Date(X12Segment segment, string name, string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Lenient(segment, name, $"'{text}' is not a date (CCYYMMDD); read as absent.");
        return null;
    }

    /// <summary>A value that must be present; a blocking problem when it is not.</summary>
    public string Required(X12Segment segment, int index, string what)
    {
        var text = segment[index].Trim();
        if (text.Length == 0)
        {
            problems.Blocking(segment, segment.ElementName(index), $"{what} is missing.");
        }

        return text;
    }

    /// <summary>An optional value, trimmed; null when absent.</summary>
    public static string? Optional(X12Segment segment, int index) =>
        segment[index].Trim() is { Length: > 0 } text ? text : null;
}
