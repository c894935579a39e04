namespace Chronicle.Domain.Common;

/// <summary>
/// A BCP 47 language tag in the shape that matters here: a 2–3 letter language, then subtags of
/// 1–8 letters or digits, as "en", "es-MX", "zh-Hant". A consent's language and a patient's
/// preferred language are checked by this one rule.
/// </summary>
public static class LanguageTag
{
    public const int MaxLength = 35;

    public static bool IsValid(string? tag)
    {
        if (string.IsNullOrEmpty(tag) || tag.Length > MaxLength)
        {
            return false;
        }

        var parts = tag.Split('-');
        return parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetter)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }

    /// <summary>The tag trimmed, or an error naming it.</summary>
    public static ValueResult<string> TryParse(string? tag)
    {
        var trimmed = tag?.Trim();
        return IsValid(trimmed)
            ? ValueResult<string>.Ok(trimmed!)
            : ValueResult<string>.Fail($"'{tag}' is not a language tag such as en, es or zh-Hant.");
    }
}
