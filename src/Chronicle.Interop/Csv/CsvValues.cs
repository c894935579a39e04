namespace Chronicle.Interop.Csv;

using System.Globalization;
using Chronicle.Domain.Common;

/// <summary>
/// The plain value forms of Chronicle's CSV files that have no domain type of their own: dates,
/// booleans, and the parts of an address, TIN and place of service that claims need well formed.
/// </summary>
public static class CsvValues
{
    public static ValueResult<DateOnly> ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? ValueResult<DateOnly>.Ok(date)
            : ValueResult<DateOnly>.Fail($"'{text}' is not a calendar date in the form YYYY-MM-DD.");

    public static ValueResult<bool> ParseBoolean(string text) => text.ToLowerInvariant() switch
    {
        "true" => ValueResult<bool>.Ok(true),
        "false" => ValueResult<bool>.Ok(false),
        _ => ValueResult<bool>.Fail($"'{text}' is not true or false."),
    };

    /// <summary>A US state or territory as its two-letter USPS code, upper case.</summary>
    public static ValueResult<string> ParseState(string text) =>
        text.Length == 2 && text.All(char.IsAsciiLetter)
            ? ValueResult<string>.Ok(text.ToUpperInvariant())
            : ValueResult<string>.Fail($"'{text}' is not a two-letter state code such as IL.");

    /// <summary>
    /// A ZIP code, five digits or ZIP+4, stored as 12345 or 12345-6789. Nine digits without the
    /// hyphen (as NPPES and X12 files write them) are ZIP+4 too.
    /// </summary>
    public static ValueResult<string> ParseZip(string text)
    {
        if (text.Length == 5 && text.All(char.IsAsciiDigit))
        {
            return ValueResult<string>.Ok(text);
        }

        if (text.Length == 9 && text.All(char.IsAsciiDigit))
        {
            return ValueResult<string>.Ok($"{text[..5]}-{text[5..]}");
        }

        var plusFour = text.Length == 10 && text[5] == '-' && text[..5].All(char.IsAsciiDigit) && text[6..].All(char.IsAsciiDigit);
        return plusFour
            ? ValueResult<string>.Ok(text)
            : ValueResult<string>.Fail($"'{text}' is not a ZIP code such as 62701, 62701-1234 or 627011234.");
    }

    /// <summary>A taxpayer identification number: nine digits, written with or without the dash (12-3456789).</summary>
    public static ValueResult<string> ParseTin(string text)
    {
        var digits = text.Length == 10 && text[2] == '-' ? text.Remove(2, 1) : text;
        return digits.Length == 9 && digits.All(char.IsAsciiDigit)
            ? ValueResult<string>.Ok(digits)
            : ValueResult<string>.Fail($"'{text}' is not a TIN: nine digits, e.g. 123456789 or 12-3456789.");
    }

    /// <summary>A CMS place-of-service code: two digits, e.g. 11 (office).</summary>
    public static ValueResult<string> ParsePlaceOfService(string text) =>
        text.Length == 2 && text.All(char.IsAsciiDigit)
            ? ValueResult<string>.Ok(text)
            : ValueResult<string>.Fail($"'{text}' is not a place-of-service code: two digits such as 11 (office).");

    public static ValueResult<string> ParseEmail(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var valid = at > 0 && at == text.LastIndexOf('@') && at < text.Length - 1 && !text.Any(char.IsWhiteSpace);
        return valid
            ? ValueResult<string>.Ok(text)
            : ValueResult<string>.Fail($"'{text}' is not an email address.");
    }
}
