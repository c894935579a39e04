namespace Chronicle.Interop.X12;

using System.Globalization;
using Chronicle.Domain.Common;

/// <summary>
/// Element-level checks of the X12 data types (AN, ID, N0, R, DT, TM): presence, length, allowed
/// characters and code lists. Each check records an issue naming the segment and element and
/// returns the value, or null when it is absent or wrong.
/// </summary>
internal sealed class X12ElementCheck(List<X12Issue> issues)
{
    // The X12 basic and extended character sets (005010), printable ASCII less the backquote.
    private const string ExtendedPunctuation = " !\"&'()*+,-./:;?=%@[]_{}\\|<>~#$^";

    public List<X12Issue> Issues { get; } = issues;

    public void Add(X12Segment segment, string? element, string message) =>
        Issues.Add(new X12Issue(segment.Number, segment.Id, element, message));

    public void MaxElements(X12Segment segment, int max)
    {
        if (segment.ElementCount > max)
        {
            Add(segment, segment.ElementName(max + 1), $"{segment.Id} has at most {max} elements.");
        }
    }

    public string? Text(X12Segment segment, int index, int min, int max, bool required = true)
    {
        var value = Simple(segment, index, required);
        return value is null ? null : Text(segment, segment.ElementName(index), value, min, max);
    }

    /// <summary>Checks an AN value (also a composite's component, named e.g. HI01-2).</summary>
    public string? Text(X12Segment segment, string name, string value, int min, int max)
    {
        if (value.Length < min || value.Length > max)
        {
            Add(segment, name, $"'{value}' has {value.Length} characters; {Range(min, max)} allowed.");
            return null;
        }

        if (value.Trim().Length == 0 || value[0] == ' ' || value[^1] == ' ')
        {
            Add(segment, name, "must not be blank or start or end with a space.");
            return null;
        }

        var bad = value.FirstOrDefault(c => !IsX12Character(c) || segment.Delimiters.IsDelimiter(c));
        if (bad != default)
        {
            Add(segment, name, $"holds the character U+{(int)bad:X4}, which is outside the X12 character set or a separator.");
            return null;
        }

        return value;
    }

    public string? Code(X12Segment segment, int index, bool required, params string[] codes)
    {
        var value = Simple(segment, index, required);
        return value is null ? null : Code(segment, segment.ElementName(index), value, codes);
    }

    public string? Code(X12Segment segment, string name, string value, params string[] codes)
    {
        if (Array.IndexOf(codes, value) < 0)
        {
            Add(segment, name, $"'{value}' is not one of {string.Join(", ", codes)}.");
            return null;
        }

        return value;
    }

    public string? Digits(X12Segment segment, int index, int min, int max, bool required = true)
    {
        var value = Simple(segment, index, required);
        if (value is null)
        {
            return null;
        }

        if (value.Length < min || value.Length > max || !value.All(char.IsAsciiDigit))
        {
            Add(segment, segment.ElementName(index), $"'{value}' must be {Range(min, max)} digits.");
            return null;
        }

        return value;
    }

    public long? Number(X12Segment segment, int index, int maxDigits) =>
        Digits(segment, index, 1, Math.Min(maxDigits, 18)) is { } digits ? long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    /// <summary>An R amount of money: digits with at most two decimals, no sign, no leading zeros beyond one.</summary>
    public Money? Amount(X12Segment segment, int index, int maxDigits)
    {
        var value = Simple(segment, index, required: true);
        if (value is null)
        {
            return null;
        }

        var digits = value.Count(char.IsAsciiDigit);
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        var shapeOk = digits > 0 && digits <= maxDigits
            && value.All(c => char.IsAsciiDigit(c) || c == '.')
            && value.Count(c => c == '.') <= 1
            && (dot < 0 || (value.Length - dot - 1 is >= 1 and <= 2));
        if (!shapeOk || !decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var dollars)
            || dollars * 100m > long.MaxValue)
        {
            Add(segment, segment.ElementName(index), $"'{value}' is not an amount (digits, at most two decimals, up to {maxDigits} digits).");
            return null;
        }

        return Money.FromDollars(dollars);
    }

    public decimal? Quantity(X12Segment segment, int index, int maxDigits)
    {
        var value = Simple(segment, index, required: true);
        if (value is null)
        {
            return null;
        }

        var digits = value.Count(char.IsAsciiDigit);
        if (digits == 0 || digits > maxDigits || value.Any(c => !char.IsAsciiDigit(c) && c != '.')
            || !decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var quantity) || quantity <= 0)
        {
            Add(segment, segment.ElementName(index), $"'{value}' is not a positive quantity of up to {maxDigits} digits.");
            return null;
        }

        return quantity;
    }

    public DateOnly? Date(X12Segment segment, int index, bool required = true) =>
        Simple(segment, index, required) is { } value ? Date(segment, segment.ElementName(index), value) : null;

    public DateOnly? Date(X12Segment segment, string name, string value)
    {
        if (value.Length != 8 || !DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Add(segment, name, $"'{value}' is not a date CCYYMMDD.");
            return null;
        }

        return date;
    }

    public string? Time(X12Segment segment, int index, int maxLength)
    {
        var value = Simple(segment, index, required: true);
        if (value is null)
        {
            return null;
        }

        var ok = value.Length >= 4 && value.Length <= maxLength && value.All(char.IsAsciiDigit)
            && int.Parse(value[..2], CultureInfo.InvariantCulture) < 24 && int.Parse(value[2..4], CultureInfo.InvariantCulture) < 60
            && (value.Length < 6 || int.Parse(value[4..6], CultureInfo.InvariantCulture) < 60);
        if (!ok)
        {
            Add(segment, segment.ElementName(index), $"'{value}' is not a time HHMM.");
            return null;
        }

        return value;
    }

    /// <summary>Requires an element be absent (e.g. interior elements Medicare claims leave empty).</summary>
    public void Empty(X12Segment segment, params int[] indexes)
    {
        foreach (var index in indexes)
        {
            if (segment[index].Length > 0)
            {
                Add(segment, segment.ElementName(index), "must be empty here.");
            }
        }
    }

    /// <summary>A simple (non-composite) element: present when required, with no component or repetition separator.</summary>
    public string? Simple(X12Segment segment, int index, bool required)
    {
        var value = segment[index];
        if (value.Length == 0)
        {
            if (required)
            {
                Add(segment, segment.ElementName(index), "is required.");
            }

            return null;
        }

        if (value.Contains(segment.Delimiters.Component, StringComparison.Ordinal))
        {
            Add(segment, segment.ElementName(index), "a simple element holds the component separator.");
            return null;
        }

        return value;
    }

    public static bool IsX12Character(char c) =>
        char.IsAsciiLetterOrDigit(c) || ExtendedPunctuation.Contains(c, StringComparison.Ordinal);

    private static string Range(int min, int max) => min == max ? $"exactly {min}" : $"{min} to {max}";
}
