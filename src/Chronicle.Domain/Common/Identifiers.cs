namespace Chronicle.Domain.Common;

using System.Globalization;

/// <summary>
/// The rule every identifier a practice gives us obeys (MRNs, staff ids, member ids, references):
/// visible characters and spaces only. A line break or tab in an MRN would split a CSV export or a
/// log line, forge a second entry in a text file, or make two MRNs that look the same differ;
/// invisible formatting characters (zero-width spaces, bidirectional overrides) make a value read
/// differently from what it is. Every import path (CSV, FHIR, API) asks this one rule.
/// </summary>
public static class Identifiers
{
    /// <summary>What is wrong with an identifier, as a sentence naming it; null when it is acceptable (or absent).</summary>
    /// <param name="label">How the person importing knows the value, e.g. "MRN".</param>
    public static string? Problem(string label, string? value)
    {
        if (value is null)
        {
            return null;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsInvisible(c))
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"The {label} contains {Describe(c)} at character {i + 1}; an identifier may hold only visible characters and spaces.");
            }
        }

        return null;
    }

    private static bool IsInvisible(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static string Describe(char c) => c switch
    {
        '\r' => "a carriage return (CR)",
        '\n' => "a line feed (LF)",
        '\t' => "a tab",
        '\0' => "a NUL character",
        _ => string.Create(CultureInfo.InvariantCulture, $"the invisible character U+{(int)c:X4}"),
    };
}
