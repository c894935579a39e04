namespace Chronicle.Interop.Codes;

using System.Globalization;
using Chronicle.Domain.Codes;

/// <summary>
/// Reads the CMS ICD-10-CM order file (icd10cm_order_YYYY.txt), fixed width: order number in
/// columns 1-5, code in 7-13 (left-aligned, no dot), billable flag (0 or 1) in 15, short title in
/// 17-76, long title from 78. It lists every code, category headers included, in tabular order.
/// </summary>
public static class Icd10OrderFile
{
    private const int MinimumLength = 78;

    /// <summary>Whether a line has the order-file shape (used to tell the two layouts apart).</summary>
    public static bool LooksLikeLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Length >= MinimumLength
            && !line.AsSpan(0, 5).ContainsAnyExceptInRange('0', '9')
            && line[5] == ' ' && line[13] == ' ' && line[15] == ' '
            && line[14] is '0' or '1';
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
        var previousOrder = 0;
        foreach (var (number, line, readError) in lines.ReadAll())
        {
            if (readError is not null)
            {
                yield return CodeFileRow<Icd10Entry>.Bad(lines.FileName, number, readError);
                yield break;
            }

            var error = Parse(line, ref previousOrder, out var entry);
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

    private static string? Parse(string line, ref int previousOrder, out Icd10Entry? entry)
    {
        entry = null;
        if (line.Length < MinimumLength)
        {
            return $"the line has {line.Length} characters; an order-file line has the order number (columns 1-5), " +
                "code (7-13), billable flag (15), short title (17-76) and long title (from 78).";
        }

        var orderText = line[..5];
        if (orderText.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return $"columns 1-5 should hold the 5-digit order number, not '{orderText}'.";
        }

        foreach (var column in (int[])[6, 14, 16, 77])
        {
            if (line[column - 1] != ' ')
            {
                return $"column {column} should be a space between fields, not '{line[column - 1]}'.";
            }
        }

        var order = int.Parse(orderText, NumberStyles.None, CultureInfo.InvariantCulture);
        if (order <= previousOrder)
        {
            return $"order number {orderText} does not follow {previousOrder:D5}; the order file is numbered in increasing order.";
        }

        previousOrder = order;
        var codeError = Icd10CodeField.Check(line.Substring(6, 7), "columns 7-13", out var code);
        if (codeError is not null)
        {
            return codeError;
        }

        if (line[14] is not ('0' or '1'))
        {
            return $"column 15 is the billable flag and must be 0 (header) or 1 (billable), not '{line[14]}'.";
        }

        var description = line[77..].TrimEnd();
        if (description.Length == 0)
        {
            return "the long title (from column 78) is empty.";
        }

        entry = new Icd10Entry(code!, line[14] == '1', description);
        return null;
    }
}

/// <summary>The code field both CMS layouts share: left-aligned, space padded, no dot.</summary>
internal static class Icd10CodeField
{
    public static string? Check(string field, string where, out string? code)
    {
        code = null;
        var trimmed = field.TrimEnd();
        if (trimmed.Length == 0 || field[0] == ' ')
        {
            return $"{where} should hold the code, left-aligned, not '{field}'.";
        }

        if (trimmed.Contains('.', StringComparison.Ordinal))
        {
            return $"{where}: '{trimmed}' has a dot; CMS files write codes without one.";
        }

        var parsed = Icd10Code.TryParse(trimmed);
        if (!parsed.IsValid)
        {
            return $"{where}: {parsed.Error}";
        }

        if (!string.Equals(parsed.Value.Value, trimmed, StringComparison.Ordinal))
        {
            return $"{where}: '{trimmed}' should be written in upper case.";
        }

        code = trimmed;
        return null;
    }
}
