namespace Chronicle.Domain.CarePlans;

using System.Text.Json;
using System.Text.Json.Serialization;
using Chronicle.Domain.Common;

/// <summary>
/// How a version's body is written as JSON, wherever it goes: the database column, the JSON
/// export and the FHIR CarePlan's contained payload (ADR 0133). Camel-case names, enums as words
/// and ids as plain GUIDs. A version is read whole and never queried inside, so one JSON column
/// is enough; what billing asks (complete, missing elements) is kept in columns beside it.
/// </summary>
public static class CarePlanJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(CarePlanContent content) => JsonSerializer.Serialize(content, Options);

    public static CarePlanContent Deserialize(string json) =>
        JsonSerializer.Deserialize<CarePlanContent>(json, Options) ?? throw new JsonException("A care plan version's body is empty.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = false,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
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
