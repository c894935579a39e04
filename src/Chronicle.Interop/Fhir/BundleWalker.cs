namespace Chronicle.Interop.Fhir;

using System.Text.Json;
using System.Text.Unicode;

internal delegate void EntryHandler(ReadOnlySpan<byte> entry, int index, int offsetInData);

/// <summary>
/// Walks a Bundle's JSON as its bytes arrive, without building the Bundle: it reads the top-level
/// resourceType and type, and hands each complete <c>entry</c> object to a handler, so one entry at
/// a time is parsed by Firely. Between calls only the reader state and the bytes of the entry not
/// yet complete are kept.
/// </summary>
internal sealed class BundleWalker
{
    private static readonly HashSet<string> BundleElements = new(StringComparer.Ordinal)
    {
        "id", "meta", "implicitRules", "language", "identifier", "timestamp", "total", "link", "signature",
    };

    private Stage _stage = Stage.BeforeRoot;

    private enum Stage
    {
        BeforeRoot,
        InRoot,
        InEntries,
        Done,
        Failed,
    }

    public string? ResourceType { get; private set; }

    public string? BundleType { get; private set; }

    public int EntriesSeen { get; private set; }

    public bool IsFinished => _stage is Stage.Done or Stage.Failed;

    public bool IsInEntries => _stage == Stage.InEntries;

    /// <summary>Why the file is not a Bundle this walker can read, once it has stopped on it.</summary>
    public (string? Path, string Reason)? Error { get; private set; }

    /// <summary>
    /// Walks as far as the complete values in <paramref name="data"/> allow and returns how many
    /// bytes it is done with; <paramref name="state"/> carries on from there on the next call.
    /// Throws <see cref="JsonException"/> on malformed JSON.
    /// </summary>
    public int Walk(ReadOnlySpan<byte> data, bool isFinalBlock, ref JsonReaderState state, EntryHandler onEntry)
    {
        var reader = new Utf8JsonReader(data, isFinalBlock, state);
        var committed = 0;
        var committedState = state;
        while (!IsFinished && Step(ref reader, data, onEntry))
        {
            committed = (int)reader.BytesConsumed;
            committedState = reader.CurrentState;
        }

        state = committedState;
        return committed;
    }

    /// <summary>One step: the root's start, one top-level property, or one entry. False when the data ends first.</summary>
    private bool Step(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, EntryHandler onEntry)
    {
        if (!reader.Read())
        {
            return false;
        }

        switch (_stage)
        {
            case Stage.BeforeRoot:
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    return Fail(null, "The file does not hold a JSON object; a FHIR Bundle is expected.");
                }

                _stage = Stage.InRoot;
                return true;
            case Stage.InRoot:
                return RootProperty(ref reader);
            default:
                return Entry(ref reader, data, onEntry);
        }
    }

    private bool RootProperty(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            _stage = Stage.Done;
            return true;
        }

        if (reader.ValueTextEquals("entry"u8))
        {
            if (!reader.Read())
            {
                return false;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return Fail("Bundle.entry", "Bundle.entry is not an array.");
            }

            _stage = Stage.InEntries;
            return true;
        }

        var isResourceType = reader.ValueTextEquals("resourceType"u8);
        if (!isResourceType && !reader.ValueTextEquals("type"u8))
        {
            var name = Utf8.IsValid(reader.ValueSpan) ? reader.GetString() ?? string.Empty : "(not UTF-8)";
            return BundleElements.Contains(name.TrimStart('_'))
                ? reader.TrySkip()
                : Fail($"Bundle.{name}", $"'{name}' is not an element of a Bundle.");
        }

        if (!reader.Read())
        {
            return false;
        }

        var path = isResourceType ? "resourceType" : "Bundle.type";
        if (reader.TokenType != JsonTokenType.String)
        {
            return Fail(path, $"{path} is not a string.");
        }

        if (!Utf8.IsValid(reader.ValueSpan))
        {
            return Fail(path, $"{path} is not valid UTF-8 text.");
        }

        var value = reader.GetString();
        if (!isResourceType)
        {
            BundleType = value;
            return true;
        }

        ResourceType = value;
        return value == "Bundle" || Fail(path, $"The file holds a {value}, not a Bundle; put single resources in an .ndjson file, one per line.");
    }

    private bool Entry(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, EntryHandler onEntry)
    {
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            _stage = Stage.InRoot;
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return Fail($"Bundle.entry[{EntriesSeen}]", $"Bundle.entry[{EntriesSeen}] is not a JSON object.");
        }

        var start = (int)reader.TokenStartIndex;
        if (!reader.TrySkip())
        {
            return false;
        }

        onEntry(data[start..(int)reader.BytesConsumed], EntriesSeen++, start);
        return true;
    }

    private bool Fail(string? path, string reason)
    {
        Error = (path, reason);
        _stage = Stage.Failed;
        return true;
    }
}
