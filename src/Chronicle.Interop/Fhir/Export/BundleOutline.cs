namespace Chronicle.Interop.Fhir.Export;

using System.Text.Json;

/// <summary>One entry of a posted Bundle as its response needs it: where it is, what it asks, what it holds.</summary>
public sealed record OutlineEntry(int Index, string? Method, string? Url, string? ResourceType, string? ResourceId);

/// <summary>
/// The shape of a posted transaction or batch Bundle, read with the importer's own
/// <see cref="BundleWalker"/>: its type and, for each entry, the request and the resource type.
/// The importer reads the resources; this only tells the response which entries there were. A
/// Bundle the walker cannot follow gives null, and the importer's reading reports why.
/// </summary>
public sealed record BundleOutline(string? Type, IReadOnlyList<OutlineEntry> Entries)
{
    public static BundleOutline? Read(ReadOnlySpan<byte> json)
    {
        var walker = new BundleWalker();
        var state = new JsonReaderState(ResourceParser.ReaderOptions);
        var entries = new List<OutlineEntry>();
        try
        {
            walker.Walk(json, isFinalBlock: true, ref state, (entry, index, _) => entries.Add(Entry(entry, index)));
        }
        catch (JsonException)
        {
            return null;
        }

        return walker.Error is null && walker.IsFinished && walker.ResourceType == "Bundle" ? new BundleOutline(walker.BundleType, entries) : null;
    }

    private static OutlineEntry Entry(ReadOnlySpan<byte> entry, int index)
    {
        string? method = null, url = null, type = null, id = null;
        try
        {
            var reader = new Utf8JsonReader(entry, new JsonReaderOptions { MaxDepth = 256 });
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("request"u8) || reader.ValueTextEquals("resource"u8))
                {
                    var isRequest = reader.ValueTextEquals("request"u8);
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        reader.Skip();
                        continue;
                    }

                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var name = reader.GetString();
                        reader.Read();
                        var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                        reader.Skip();
                        (method, url, type, id) = (isRequest, name) switch
                        {
                            (true, "method") => (value, url, type, id),
                            (true, "url") => (method, value, type, id),
                            (false, "resourceType") => (method, url, value, id),
                            (false, "id") => (method, url, type, value),
                            _ => (method, url, type, id),
                        };
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            // The importer reports the entry's own problem with its line; the outline keeps what it read.
        }

        return new OutlineEntry(index, method, url, type, id);
    }
}
