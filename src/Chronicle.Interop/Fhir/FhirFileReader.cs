namespace Chronicle.Interop.Fhir;

using System.Text;
using System.Text.Json;
using System.Text.Unicode;

/// <summary>
/// Reads one FHIR file, once, from a stream: a Bundle (transaction, batch, collection or
/// searchset) in a .json file, or NDJSON (one resource, or one Bundle, per line) in an .ndjson or
/// .jsonl file. Bytes are parsed as they arrive; each entry or line is deserialized on its own by
/// Firely and mapped to import records, then references are resolved within the file.
/// </summary>
public sealed class FhirFileReader(FhirMappingContext context, int bufferSize = 64 * 1024)
{
    private static readonly HashSet<string> ReadableBundleTypes = new(StringComparer.Ordinal) { "transaction", "batch", "collection", "searchset" };

    public static bool IsNdjson(string path) =>
        path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    /// <param name="file">The name issues give for this file.</param>
    /// <param name="bytesRead">Told how many bytes each read took from the stream (for a progress bar).</param>
    public async Task<FhirFileContent> ReadAsync(Stream stream, string file, Action<long>? bytesRead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        var collector = new FileCollector(file);
        var parser = new ResourceParser(collector, context);
        var buffer = new StreamBuffer(stream, bufferSize);
        await FillAsync(buffer, bytesRead, cancellationToken).ConfigureAwait(false);
        SkipByteOrderMark(buffer);
        if (IsNdjson(file))
        {
            await ReadNdjsonAsync(buffer, parser, collector, bytesRead, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await ReadBundleAsync(buffer, parser, collector, bytesRead, cancellationToken).ConfigureAwait(false);
        }

        return FhirFileAssembler.Assemble(collector);
    }

    private static async Task ReadBundleAsync(StreamBuffer buffer, ResourceParser parser, FileCollector collector, Action<long>? bytesRead, CancellationToken cancellationToken)
    {
        var walker = new BundleWalker();
        var state = new JsonReaderState(ResourceParser.ReaderOptions);
        try
        {
            while (true)
            {
                var consumed = walker.Walk(buffer.Data, isFinalBlock: false, ref state,
                    (entry, index, offset) => parser.ParseEntry(entry, index, buffer.LineAt(offset)));
                buffer.Consume(consumed);
                if (walker.IsFinished)
                {
                    break;
                }

                if (buffer.AtEnd)
                {
                    ReportTruncated(buffer, walker, collector);
                    return;
                }

                await FillAsync(buffer, bytesRead, cancellationToken).ConfigureAwait(false);
            }

            if (walker.Error is null)
            {
                await CheckTrailingContentAsync(buffer, collector, bytesRead, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (JsonException ex)
        {
            collector.FileIssue((int?)ex.LineNumber + 1, walker.IsInEntries ? $"Bundle.entry[{walker.EntriesSeen}]" : null,
                $"The file is not valid JSON at line {ex.LineNumber + 1}, column {ex.BytePositionInLine + 1}: {Plain(ex)}");
            return;
        }

        if (walker.Error is { } error)
        {
            collector.FileIssue(buffer.LineAt(0), error.Path, error.Reason);
        }
        else if (walker.ResourceType is null)
        {
            collector.FileIssue(1, "resourceType", "The file's JSON object has no resourceType; a Bundle is expected.");
        }
        else if (walker.BundleType is not { } type || !ReadableBundleTypes.Contains(type))
        {
            collector.FileIssue(1, "Bundle.type", walker.BundleType is null
                ? "The Bundle has no type."
                : $"A '{walker.BundleType}' Bundle is not imported; use a transaction, batch or collection Bundle.");
        }
    }

    private static async Task ReadNdjsonAsync(StreamBuffer buffer, ResourceParser parser, FileCollector collector, Action<long>? bytesRead, CancellationToken cancellationToken)
    {
        var line = 0;
        while (true)
        {
            var newline = buffer.Data.IndexOf((byte)'\n');
            if (newline < 0 && !buffer.AtEnd)
            {
                await FillAsync(buffer, bytesRead, cancellationToken).ConfigureAwait(false);
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
            collector.Reject(line, null, $"The line is not valid JSON at column {ex.BytePositionInLine + 1}: {Plain(ex)}");
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

    private static void ReportTruncated(StreamBuffer buffer, BundleWalker walker, FileCollector collector)
    {
        var end = buffer.Offset + buffer.Data.Length;
        var line = buffer.LineAt(buffer.Data.Length);
        var where = walker.IsInEntries ? $" inside Bundle.entry[{walker.EntriesSeen}]" : string.Empty;
        collector.FileIssue(line, walker.IsInEntries ? $"Bundle.entry[{walker.EntriesSeen}]" : null, end == 0
            ? "The file is empty."
            : $"The file ends after {end} bytes (line {line}){where} before the Bundle is complete: it is truncated.");
    }

    private static async Task CheckTrailingContentAsync(StreamBuffer buffer, FileCollector collector, Action<long>? bytesRead, CancellationToken cancellationToken)
    {
        while (true)
        {
            var data = buffer.Data;
            var extra = data.IndexOfAnyExcept(" \t\r\n"u8);
            if (extra >= 0)
            {
                var line = buffer.LineAt(extra);
                collector.FileIssue(line, null, $"There is more content after the end of the Bundle (line {line}); a .json file holds one Bundle.");
                return;
            }

            buffer.Consume(data.Length);
            if (buffer.AtEnd)
            {
                return;
            }

            await FillAsync(buffer, bytesRead, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads the next chunk and tells the progress callback (which may be absent) how much came.</summary>
    private static async Task FillAsync(StreamBuffer buffer, Action<long>? bytesRead, CancellationToken cancellationToken)
    {
        var read = await buffer.FillAsync(cancellationToken).ConfigureAwait(false);
        bytesRead?.Invoke(read);
    }

    private static void SkipByteOrderMark(StreamBuffer buffer)
    {
        if (buffer.Data.StartsWith(Encoding.UTF8.Preamble))
        {
            buffer.Consume(Encoding.UTF8.Preamble.Length);
        }
    }

    /// <summary>System.Text.Json appends its own position; the issue already says where.</summary>
    private static string Plain(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
