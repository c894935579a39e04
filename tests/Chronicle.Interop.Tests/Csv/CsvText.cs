namespace Chronicle.Interop.Tests.Csv;

using System.Text;
using Chronicle.Interop.Csv;

/// <summary>Reads CSV text held in a test through the real reader, header matching and rows.</summary>
internal static class CsvText
{
    public static async Task<List<CsvRecord>> ReadAllAsync(string text, bool byteOrderMark = false) =>
        await ReadAllAsync(Bytes(text, byteOrderMark));

    public static async Task<List<CsvRecord>> ReadAllAsync(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var reader = new CsvRecordReader(stream);
        var records = new List<CsvRecord>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken) is { } record)
        {
            records.Add(record);
        }

        return records;
    }

    public static byte[] Bytes(string text, bool byteOrderMark = false) =>
        [.. byteOrderMark ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text)];

    /// <summary>The rows of a file whose header must match the layout.</summary>
    public static async Task<List<CsvRow>> RowsAsync(CsvLayout layout, string text)
    {
        var records = await ReadAllAsync(text);
        var match = layout.MatchHeader(records[0], ignoreExtra: false);
        Assert.True(match.Header is not null, match.Problem?.Reason);
        return records.Skip(1).Select(r =>
        {
            var row = match.Header.ToRow(r, out var problem);
            Assert.True(row is not null, problem?.Reason);
            return row;
        }).ToList();
    }

    public static async Task<CsvRow> RowAsync(CsvLayout layout, string header, string line) =>
        (await RowsAsync(layout, $"{header}\n{line}\n")).Single();
}
