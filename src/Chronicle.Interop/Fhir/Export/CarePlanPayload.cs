namespace Chronicle.Interop.Fhir.Export;

using System.Text.Json;
using Chronicle.Domain.CarePlans;
using Hl7.Fhir.Model;

/// <summary>
/// The machine-readable body of an exported care plan: the version's content as JSON (written by
/// <see cref="CarePlanJson"/>, as Chronicle stores it) in a contained Binary the CarePlan names in <c>supportingInfo</c>, so
/// the plan stays valid R4 with no extension a validator cannot resolve, and an import rebuilds
/// every section exactly rather than parsing the narrative (ADR 0133).
/// </summary>
public static class CarePlanPayload
{
    public const string ContentType = "application/vnd.chronicle.care-plan+json";
    public const string ContainedId = "content";

    public static Binary ToBinary(CarePlanContent content) => new()
    {
        Id = ContainedId,
        ContentType = ContentType,
        Data = JsonSerializer.SerializeToUtf8Bytes(content, CarePlanJson.Options),
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
            var content = binary.Data is { Length: > 0 } data ? JsonSerializer.Deserialize<CarePlanContent>(data, CarePlanJson.Options) : null;
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
}
