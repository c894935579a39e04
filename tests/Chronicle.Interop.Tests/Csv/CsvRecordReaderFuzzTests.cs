namespace Chronicle.Interop.Tests.Csv;

using System.Text;
using Chronicle.Interop.Csv;

/// <summary>Random input: what is written by the RFC 4180 rules reads back the same, and nothing crashes the reader.</summary>
public sealed class CsvRecordReaderFuzzTests
{
    private const string Alphabet = "ab ,\"\r\n\té€😀x";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Random_records_written_by_the_rules_read_back_with_their_lines(int seed)
    {
        var random = new Random(seed);
        var records = new List<string[]>();
        var text = new StringBuilder();
        var expectedLines = new List<int>();
        var line = 1;
        for (var r = 0; r < 300; r++)
        {
            var fields = Enumerable.Range(0, random.Next(2, 6)).Select(_ => RandomField(random)).ToArray();
            records.Add(fields);
            expectedLines.Add(line);
            var encoded = string.Join(",", fields.Select(Quote)) + (random.Next(2) == 0 ? "\n" : "\r\n");
            text.Append(encoded);
            line += CountLineBreaks(encoded);
        }

        var read = await CsvText.ReadAllAsync(text.ToString(), byteOrderMark: seed % 2 == 0);

        Assert.Equal(records.Count, read.Count);
        for (var i = 0; i < records.Count; i++)
        {
            Assert.Null(read[i].Error);
            Assert.Equal(records[i], read[i].Fields);
            Assert.Equal(expectedLines[i], read[i].Line);
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public async Task Random_bytes_never_throw_and_a_fatal_record_is_always_the_last(int seed)
    {
        var random = new Random(seed);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            if (attempt % 2 == 0)
            {
                // Mostly text with a sprinkle of CSV punctuation reaches deeper states than pure noise.
                bytes = Encoding.UTF8.GetBytes(new string(bytes.Select(b => Alphabet[b % Alphabet.Length]).ToArray()));
            }

            var records = await CsvText.ReadAllAsync(bytes);

            Assert.All(records.SkipLast(1), r => Assert.False(r.IsFatal));
            Assert.All(records, r => Assert.True(r.Line >= 1));
            Assert.Equal(records.Select(r => r.Line).Order(), records.Select(r => r.Line));
        }
    }

    private static string RandomField(Random random)
    {
        var length = random.Next(0, 12);
        var builder = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            var c = Alphabet[random.Next(Alphabet.Length)];
            if (char.IsHighSurrogate(c))
            {
                builder.Append("😀");
                continue;
            }

            if (!char.IsLowSurrogate(c))
            {
                builder.Append(c);
            }
        }

        var value = builder.ToString();

        // A record that is one blank field is a blank line, which the format skips.
        return value.Trim().Length == 0 ? value + "z" : value;
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || field.Length == 0 || field != field.Trim()
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;

    private static int CountLineBreaks(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' || (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')))
            {
                count++;
            }
        }

        return count;
    }
}
