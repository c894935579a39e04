namespace Chronicle.Interop.Fhir;

using System.Text.Json;
using System.Text.Unicode;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

/// <summary>
/// Turns the JSON of one Bundle entry or one NDJSON line into a mapped resource. The resource
/// type is peeked first, so types Chronicle does not keep are counted and never deserialized; the
/// others go through Firely's <see cref="FhirJsonDeserializer"/> straight from the bytes, and each
/// of its complaints becomes an issue with the FHIR path and line it points at.
/// </summary>
internal sealed class ResourceParser(FileCollector collector, FhirMappingContext context)
{
    public static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 256 };

    public void ParseEntry(ReadOnlySpan<byte> entry, int index, int line)
    {
        var path = $"Bundle.entry[{index}]";
        if (!Utf8.IsValid(entry))
        {
            collector.ResourcesRead++;
            collector.Reject(line, path, "The entry is not valid UTF-8 text.");
            return;
        }

        var reader = new Utf8JsonReader(entry, isFinalBlock: true, new JsonReaderState(ReaderOptions));
        reader.Read();
        string? fullUrl = null;
        string? method = null;
        var resource = (Start: -1, End: -1);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("fullUrl"u8))
            {
                reader.Read();
                fullUrl = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                reader.Skip();
            }
            else if (reader.ValueTextEquals("resource"u8))
            {
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                var isObject = reader.TokenType == JsonTokenType.StartObject;
                reader.Skip();
                resource = isObject ? (start, (int)reader.BytesConsumed) : (-2, -2);
            }
            else if (reader.ValueTextEquals("request"u8))
            {
                reader.Read();
                method = reader.TokenType == JsonTokenType.StartObject ? ReadStringProperty(ref reader, "method"u8) : null;
                reader.Skip();
            }
            else
            {
                reader.Skip();
            }
        }

        if (resource.Start < 0)
        {
            collector.ResourcesRead++;
            if (resource.Start == -2)
            {
                collector.Reject(line, $"{path}.resource", "The entry's resource is not a JSON object.");
            }
            else if (method is "DELETE" or "GET" or "HEAD")
            {
                // Deletes and reads in a transaction or batch carry no resource: nothing to import.
                collector.Skipped++;
            }
            else
            {
                collector.Reject(line, path, "The entry has no resource.");
            }
        }
        else
        {
            var json = entry[resource.Start..resource.End];
            ParseResource(json, $"{path}.resource", line + entry[..resource.Start].Count((byte)'\n'), fullUrl);
        }
    }

    /// <summary>Parses one resource; <paramref name="path"/> is what FHIR paths in issues start with.</summary>
    public void ParseResource(ReadOnlySpan<byte> json, string path, int line, string? fullUrl)
    {
        collector.ResourcesRead++;
        var peek = new Utf8JsonReader(json, isFinalBlock: true, new JsonReaderState(ReaderOptions));
        peek.Read();
        var type = ReadStringProperty(ref peek, "resourceType"u8);
        if (type is null)
        {
            collector.Reject(line, path, "The resource has no resourceType.");
            return;
        }

        if (!ResourceMapper.ReadTypes.Contains(type))
        {
            if (!ModelInfo.IsKnownResource(type))
            {
                collector.Reject(line, $"{path}.resourceType", $"'{type}' is not a FHIR R4 resource type.", type);
                return;
            }

            collector.Skipped++;
            return;
        }

        var reader = new Utf8JsonReader(json, isFinalBlock: true, new JsonReaderState(ReaderOptions));
        if (!FhirJsonDeserializer.DEFAULT.TryDeserializeResource(ref reader, out var resource, out var problems))
        {
            var broken = ResourceMapper.Broken(new FhirSource(collector.File, line, path, type, resource?.Id), fullUrl);
            foreach (var problem in problems)
            {
                var (problemPath, problemLine, reason) = Describe(problem, type, path);
                broken.AddIssue(problemPath, reason, problemLine is { } relative ? line + relative - 1 : null);
            }

            collector.Resources.Add(broken);
            return;
        }

        collector.Resources.Add(ResourceMapper.Map(resource, new FhirSource(collector.File, line, path, type, resource.Id), fullUrl, context));
    }

    /// <summary>Reads a string property of the object the reader is on, leaving the reader on the object's end.</summary>
    private static string? ReadStringProperty(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        string? value = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = value is null && reader.ValueTextEquals(name);
            reader.Read();
            if (match && reader.TokenType == JsonTokenType.String)
            {
                value = reader.GetString();
            }

            reader.Skip();
        }

        return value;
    }

    /// <summary>Firely names paths from the resource type (Patient.birthDate); issues name them from the file.</summary>
    private static (string Path, int? Line, string Reason) Describe(CodedException problem, string type, string path)
    {
        if (problem is not ExtendedCodedException extended)
        {
            return (path, null, problem.Message);
        }

        var instancePath = extended.InstancePath ?? string.Empty;
        var relative = instancePath.StartsWith(type, StringComparison.Ordinal) ? instancePath[type.Length..] : string.Empty;
        var line = extended.LineNumber is { } l and > 0 ? (int?)l : null;
        return (path + relative, line, extended.BaseErrorMessage ?? problem.Message);
    }
}
