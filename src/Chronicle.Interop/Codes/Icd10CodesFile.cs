namespace Chronicle.Interop.Codes;

/// <summary>
/// Reads the CMS ICD-10-CM codes file (icd10cm_codes_YYYY.txt): the code in columns 1-7 (space
/// padded, no dot), a space, then the long description. It lists billable codes only.
/// </summary>
public static class Icd10CodesFile
{
    private const int MinimumLength = 9;

    /// <summary>Whether a line has the codes-file shape (used to tell the two layouts apart).</summary>
    public static bool LooksLikeLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Length >= MinimumLength && char.IsAsciiLetterUpper(line[0]) && line[7] == ' ' && line[8] != ' ';
    }

    public static IEnumerable<CodeFileRow<Icd10Entry>> Read(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        return Read(new CodeFileLines(reader, fileName));
    }

    internal static IEnumerable<CodeFileRow<Icd10Entry>> Read(CodeFileLines lines)
    {
        var firstLineOfCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (number, line, readError) in lines.ReadAll())
        {
            if (readError is not null)
            {
                yield return CodeFileRow<Icd10Entry>.Bad(lines.FileName, number, readError);
                yield break;
            }

            var error = Parse(line, out var entry);
            if (error is null && firstLineOfCode.TryGetValue(entry!.Code, out var first))
            {
                error = $"code {entry.Code} is listed again (first on line {first}).";
            }

            if (error is not null)
            {
                yield return CodeFileRow<Icd10Entry>.Bad(lines.FileName, number, error);
                continue;
            }

            firstLineOfCode.Add(entry!.Code, number);
            yield return CodeFileRow<Icd10Entry>.Ok(number, entry);
        }
    }

    private static string? Parse(string line, out Icd10Entry? entry)
    {
        entry = null;
        if (line.Length < MinimumLength)
        {
            return $"the line has {line.Length} characters; a codes-file line has the code (columns 1-7), a space and the description (from 9).";
        }

        var codeError = Icd10CodeField.Check(line[..7], "columns 1-7", out var code);
        if (codeError is not null)
        {
            return codeError;
        }

        if (line[7] != ' ')
        {
            return $"column 8 should be a space between the code and the description, not '{line[7]}'.";
        }

        var description = line[8..].Trim();
        if (description.Length == 0)
        {
            return "the description (from column 9) is empty.";
        }

        entry = new Icd10Entry(code!, true, description);
        return null;
    }
}
