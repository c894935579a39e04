namespace Chronicle.Interop.Fhir.Export;

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using Hl7.Fhir.Model;

/// <summary>
/// The machine-readable body of an exported care plan: the version's content as JSON (the shape
/// Chronicle stores it in) in a contained Binary the CarePlan names in <c>supportingInfo</c>, so
/// the plan stays valid R4 with no extension a validator cannot resolve, and an import rebuilds
/// every section exactly rather than parsing the narrative (ADR 0133).
/// </summary>
public static class CarePlanPayload
{
    public const string ContentType = "application/vnd.chronicle.care-plan+json";
    public const string ContainedId = "content";

    private static readonly JsonSerializerOptions Options = Create();

    public static Binary ToBinary(CarePlanContent content) => new()
    {
        Id = ContainedId,
        ContentType = ContentType,
        Data = JsonSerializer.SerializeToUtf8Bytes(content, Options),
    };

    /// <summary>The index of the contained payload, or -1 when the CarePlan is not one of Chronicle's.</summary>
    public static int IndexIn(Hl7.Fhir.Model.CarePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Contained.FindIndex(r => r is Binary { ContentType: ContentType });
    }

    /// <summary>The content, or null with the reason when the payload is not a care plan body.</summary>
    public static CarePlanContent? Read(Binary binary, out string? error)
    {
        ArgumentNullException.ThrowIfNull(binary);
        error = null;
        try
        {
            var content = binary.Data is { Length: > 0 } data ? JsonSerializer.Deserialize<CarePlanContent>(data, Options) : null;
            if (content is null)
            {
                error = "The care plan body is empty.";
            }

            return content;
        }
        catch (JsonException ex)
        {
            error = $"The care plan body is not a Chronicle care plan: {ex.Message}";
            return null;
        }
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new GuidIdConverter<ConditionId>(v => v.Value, g => new ConditionId(g)));
        options.Converters.Add(new GuidIdConverter<StaffId>(v => v.Value, g => new StaffId(g)));
        options.MakeReadOnly();
        return options;
    }

    private sealed class GuidIdConverter<T>(Func<T, Guid> read, Func<Guid, T> make) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => make(reader.GetGuid());

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(read(value));
        }
    }
}
