namespace Chronicle.Interop.X12;

/// <summary>
/// Splits an interchange into segments using the separators its ISA declares (element at
/// position 4, repetition at 83, component at 105, terminator at 106). Line breaks after a
/// terminator are tolerated; anything else between segments is an issue.
/// </summary>
internal static class X12Tokenizer
{
    public const int IsaLength = 106;

    // Stands in for a repetition separator ISA failed to declare: a noncharacter no file holds as data.
    private const char NoRepetition = '\uFFFF';

    // 0-based positions of the element separators inside ISA's fixed-width layout.
    private static readonly int[] IsaSeparatorPositions = [3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103];

    public static List<X12Segment>? Tokenize(string text, List<X12Issue> issues)
    {
        if (text.Length < IsaLength || !text.StartsWith("ISA", StringComparison.Ordinal))
        {
            issues.Add(new X12Issue(1, "ISA", null, $"the file must start with an ISA segment of {IsaLength} characters."));
            return null;
        }

        var repetition = text[82];
        if (char.IsAsciiLetterOrDigit(repetition))
        {
            // 4010 files carry the standards identifier U here; reading on lets every other defect show too.
            issues.Add(new X12Issue(1, "ISA", "ISA11", $"'{repetition}' is not a repetition separator (in 00501 ISA11 is one; U was the 4010 standards identifier)."));
            repetition = NoRepetition;
        }

        var delimiters = new X12Delimiters(text[3], text[104], repetition, text[105]);
        if (!DelimitersUsable(delimiters, out var problem))
        {
            issues.Add(new X12Issue(1, "ISA", null, problem));
            return null;
        }

        for (var i = 0; i < IsaLength - 1; i++)
        {
            var isSeparatorPosition = Array.IndexOf(IsaSeparatorPositions, i) >= 0;
            if (isSeparatorPosition != (text[i] == delimiters.Element))
            {
                issues.Add(new X12Issue(1, "ISA", null, $"ISA is fixed width: character {i + 1} should {(isSeparatorPosition ? string.Empty : "not ")}be the element separator '{delimiters.Element}'."));
                return null;
            }
        }

        if (text.IndexOf(delimiters.Segment, StringComparison.Ordinal) != IsaLength - 1)
        {
            issues.Add(new X12Issue(1, "ISA", null, $"ISA must be exactly {IsaLength} characters including its terminator '{delimiters.Segment}'."));
            return null;
        }

        var segments = new List<X12Segment>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf(delimiters.Segment, start);
            if (end < 0)
            {
                if (!string.IsNullOrWhiteSpace(text[start..]))
                {
                    issues.Add(new X12Issue(segments.Count + 1, "?", null, "text after the last segment terminator."));
                }

                break;
            }

            var body = text[start..end];
            var number = segments.Count + 1;
            start = SkipLineBreaks(text, end + 1);
            if (body.Length == 0)
            {
                issues.Add(new X12Issue(number, "?", null, "an empty segment (two terminators in a row)."));
                continue;
            }

            var parts = body.Split(delimiters.Element);
            if (!IsSegmentId(parts[0]))
            {
                issues.Add(new X12Issue(number, Printable(parts[0]), null, "is not a segment id (two or three upper-case letters or digits)."));
                parts[0] = "?";
            }
            else if (parts.Length > 1 && parts[^1].Length == 0)
            {
                issues.Add(new X12Issue(number, parts[0], $"{parts[0]}{parts.Length - 1:00}", "trailing empty elements must be left out."));
            }

            segments.Add(new X12Segment(number, parts, delimiters));
        }

        return segments;
    }

    private static bool DelimitersUsable(X12Delimiters d, out string problem)
    {
        char[] all = [d.Element, d.Component, d.Repetition, d.Segment];
        problem = string.Empty;
        if (all.Distinct().Count() != 4)
        {
            problem = "the element, repetition, component and segment separators must be four different characters.";
        }
        else if (all.Any(c => char.IsAsciiLetterOrDigit(c) || c == ' ' || c is '\r' or '\n'))
        {
            problem = "a separator may not be a letter, digit, space or line break.";
        }

        return problem.Length == 0;
    }

    private static int SkipLineBreaks(string text, int index)
    {
        while (index < text.Length && text[index] is '\r' or '\n')
        {
            index++;
        }

        return index;
    }

    private static bool IsSegmentId(string id) =>
        id.Length is 2 or 3 && char.IsAsciiLetterUpper(id[0]) && id.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    private static string Printable(string text) =>
        new(text.Take(8).Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
