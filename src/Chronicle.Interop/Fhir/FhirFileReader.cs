namespace Chronicle.Interop.Fhir;

using System.Text;
using System.Text.Json;

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
        await buffer.FillAsync(bytesRead, cancellationToken).ConfigureAwait(false);
        SkipByteOrderMark(buffer);
        if (IsNdjson(file))
        {
            await NdjsonReader.ReadAsync(buffer, parser, collector, bytesRead, cancellationToken).ConfigureAwait(false);
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

                await buffer.FillAsync(bytesRead, cancellationToken).ConfigureAwait(false);
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

            await buffer.FillAsync(bytesRead, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void SkipByteOrderMark(StreamBuffer buffer)
    {
        if (buffer.Data.StartsWith(Encoding.UTF8.Preamble))
        {
            buffer.Consume(Encoding.UTF8.Preamble.Length);
        }
    }

    /// <summary>System.Text.Json appends its own position; the issue already says where.</summary>
    internal static string Plain(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
