namespace Chronicle.Interop.Fhir.Export;

using Hl7.Fhir.Model;

/// <summary>
/// A name Chronicle keeps as one line (a care-team member's) as a structured FHIR HumanName: the
/// text as written, titles such as "Dr" as prefix, what follows a comma ("MD") as suffix, the last
/// word as family name and the words before it as given names. US Core Practitioner requires the
/// family name.
/// </summary>
internal static class PersonNames
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase) { "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Prof", "Prof." };

    public static HumanName Structured(string text)
    {
        var name = new HumanName { Text = text };
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        var main = comma >= 0 ? text[..comma] : text;
        if (comma >= 0 && text[(comma + 1)..].Trim() is { Length: > 0 } suffix)
        {
            name.Suffix = [suffix];
        }

        var words = main.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var prefixes = words.TakeWhile(w => Titles.Contains(w) && words.Count > 1).ToList();
        words.RemoveRange(0, prefixes.Count);
        if (prefixes.Count > 0)
        {
            name.Prefix = prefixes;
        }

        if (words.Count > 0)
        {
            name.Family = words[^1];
            if (words.Count > 1)
            {
                name.Given = words[..^1];
            }
        }

        return name;
    }
}
