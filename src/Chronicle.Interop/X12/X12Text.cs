namespace Chronicle.Interop.X12;

using System.Globalization;
using System.Text;

/// <summary>
/// Free text (names, addresses, contact details) as a claim may carry it: upper case, accents
/// removed, only the X12 basic character set plus @ and #, never a separator of any kind, single
/// spaces, trimmed and cut to the element's maximum length. Whatever a user types, the result
/// cannot end an element, a component, a repetition or a segment.
/// </summary>
public static class X12Text
{
    // X12 basic set punctuation less the four separators Chronicle uses (* : ^ ~), plus @ and #
    // from the extended set for e-mail addresses and suite numbers.
    private const string AllowedPunctuation = "!\"&'()+,-./;?=@#";

    // Letters that have no decomposition into a base letter and an accent, spelled as names are on ID cards.
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['Æ'] = "AE", ['Œ'] = "OE", ['ß'] = "SS", ['ẞ'] = "SS", ['Ø'] = "O", ['Ł'] = "L", ['Đ'] = "D", ['Þ'] = "TH", ['Ð'] = "D", ['Ħ'] = "H", ['ı'] = "I",
    };

    public static string Clean(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c);
            if (Letters.TryGetValue(upper, out var spelled))
            {
                builder.Append(spelled);
                continue;
            }

            var keep = char.IsAsciiLetterUpper(upper) || char.IsAsciiDigit(upper) || AllowedPunctuation.Contains(upper, StringComparison.Ordinal);
            var next = keep ? upper : ' ';
            if (next == ' ' && (builder.Length == 0 || builder[^1] == ' '))
            {
                continue;
            }

            builder.Append(next);
        }

        var cleaned = builder.ToString().Trim();
        return cleaned.Length <= maxLength ? cleaned : cleaned[..maxLength].TrimEnd();
    }

    /// <summary>True when the text is an identifier that may go into a file unchanged: letters, digits and hyphens.</summary>
    public static bool IsIdentifier(string? text, int maxLength) =>
        !string.IsNullOrEmpty(text) && text.Length <= maxLength && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    public static bool IsDigits(string? text, int length) =>
        text is not null && text.Length == length && text.All(char.IsAsciiDigit);
}
