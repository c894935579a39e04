namespace Chronicle.Interop.Csv;

/// <summary>
/// Writes CSV as Chronicle's reader reads it (ADR 0040): UTF-8, comma-separated, CRLF between
/// records, a field quoted when it holds a comma, quote, line break or surrounding space, a
/// quote doubled. A null or empty value is a blank cell, which the reader reads as no value.
/// </summary>
public sealed class CsvWriter(TextWriter writer)
{
    public async Task WriteRowAsync(IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        await writer.WriteAsync(string.Join(',', fields.Select(Field)));
        await writer.WriteAsync("\r\n");
    }

    /// <summary>One field as it appears in the file.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]);
        return quote ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
