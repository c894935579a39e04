namespace Chronicle.Web.Presentation;

using System.Globalization;

/// <summary>A language tag (BCP 47, as a consent records it) in English words: "es" is Spanish.</summary>
public static class Languages
{
    /// <summary>The languages offered first when recording a patient's language: the most spoken in US homes after English.</summary>
    public static IReadOnlyList<string> Common { get; } = ["en", "es", "zh", "vi", "tl", "ar", "fr", "ko", "ru", "ht", "pt", "hi", "de", "pl", "it", "ja"];

    public static string Name(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return "Not recorded";
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(tag.Trim());
            // An unknown tag comes back as itself (or a custom culture named after it): show the tag.
            return string.IsNullOrEmpty(culture.EnglishName) || culture.EnglishName.Contains("Unknown", StringComparison.OrdinalIgnoreCase)
                ? tag
                : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return tag;
        }
    }
}
