namespace Chronicle.Web.Presentation;

using System.Globalization;
using Chronicle.Domain.Billing;

/// <summary>How pages write billing and diagnosis codes: units grouped, ICD-10-CM with its dot, descriptions from the one table.</summary>
public static class Codes
{
    /// <summary>"99490, 99439 × 2": each code once, in order of first appearance, with its units when more than one.</summary>
    public static string Lines(IEnumerable<(string Code, int Units)> lines) =>
        string.Join(", ", (lines ?? []).GroupBy(l => l.Code, StringComparer.Ordinal)
            .Select(g => (g.Key, Units: g.Sum(l => l.Units)))
            .Select(g => g.Units > 1 ? string.Create(CultureInfo.InvariantCulture, $"{g.Key} × {g.Units}") : g.Key));

    /// <summary>Codes listed once per unit ("99490, 99439, 99439") written grouped.</summary>
    public static string Grouped(IEnumerable<string> codes) => Lines((codes ?? []).Select(c => (c, 1)));

    /// <summary>An ICD-10-CM code as people write it: "E119" is "E11.9"; a code already dotted, or too short for one, is left alone.</summary>
    public static string Icd10(string code)
    {
        var text = (code ?? string.Empty).Trim().ToUpperInvariant();
        return text.Length > 3 && !text.Contains('.', StringComparison.Ordinal) && char.IsAsciiLetter(text[0]) ? $"{text[..3]}.{text[3..]}" : text;
    }

    /// <summary>What a billing code means in our words, or the empty string when the table does not know it.</summary>
    public static string Describe(string code) => CodeDescriptions.Of(code) ?? string.Empty;
}
