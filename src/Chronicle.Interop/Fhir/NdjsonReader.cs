namespace Chronicle.Interop.Fhir;

using System.Text.Json;
using System.Text.Unicode;

/// <summary>
/// NDJSON: one resource (or one Bundle) per line, each parsed on its own as its line arrives. A
/// bad line is a bad row: it is reported by line number and the other lines are still read.
/// </summary>
internal static class NdjsonReader
{
    public static async Task ReadAsync(StreamBuffer buffer, ResourceParser parser, FileCollector collector, Action<long>? bytesRead, CancellationToken cancellationToken)
    {
        var line = 0;
        while (true)
        {
            var newline = buffer.Data.IndexOf((byte)'\n');
            if (newline < 0 && !buffer.AtEnd)
            {
                await buffer.FillAsync(bytesRead, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (newline < 0 && buffer.Data.Length == 0)
            {
                return;
            }

            line++;
            var length = newline < 0 ? buffer.Data.Length : newline;
            ParseLine(buffer.Data[..length].TrimEnd((byte)'\r'), line, parser, collector);
            buffer.Consume(newline < 0 ? length : length + 1);
        }
    }

    private static void ParseLine(ReadOnlySpan<byte> json, int line, ResourceParser parser, FileCollector collector)
    {
        if (json.Trim(" \t"u8).IsEmpty)
        {
            return;
        }

        if (!Utf8.IsValid(json))
        {
            collector.ResourcesRead++;
            collector.Reject(line, null, "The line is not valid UTF-8 text.");
            return;
        }

        try
        {
            var reader = new Utf8JsonReader(json, isFinalBlock: true, new JsonReaderState(ResourceParser.ReaderOptions));
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                collector.ResourcesRead++;
                collector.Reject(line, null, "The line is not a JSON object; NDJSON holds one resource per line.");
                return;
            }

            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            var end = (int)reader.BytesConsumed;
            if (reader.Read())
            {
                collector.ResourcesRead++;
                collector.Reject(line, null, "The line holds more than one JSON value; NDJSON holds one resource per line.");
                return;
            }

            if (IsBundle(json[start..end]))
            {
                ParseBundleLine(json[start..end], line, parser, collector);
            }
            else
            {
                parser.ParseResource(json[start..end], TypeOf(json[start..end]) ?? "Resource", line, fullUrl: null);
            }
        }
        catch (JsonException ex)
        {
            collector.ResourcesRead++;
            collector.Reject(line, null, $"The line is not valid JSON at column {ex.BytePositionInLine + 1}: {FhirFileReader.Plain(ex)}");
        }
    }

    private static void ParseBundleLine(ReadOnlySpan<byte> json, int line, ResourceParser parser, FileCollector collector)
    {
        var walker = new BundleWalker();
        var state = new JsonReaderState(ResourceParser.ReaderOptions);
        walker.Walk(json, isFinalBlock: true, ref state, (entry, index, _) => parser.ParseEntry(entry, index, line));
        if (walker.Error is { } error)
        {
            collector.ResourcesRead++;
            collector.Reject(line, error.Path, error.Reason, "Bundle");
        }
    }

    private static bool IsBundle(ReadOnlySpan<byte> json) => TypeOf(json) == "Bundle";

    private static string? TypeOf(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock: true, new JsonReaderState(ResourceParser.ReaderOptions));
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("resourceType"u8);
            reader.Read();
            if (isType && reader.TokenType == JsonTokenType.String)
            {
                return reader.GetString();
            }

            reader.Skip();
        }

        return null;
    }
}
