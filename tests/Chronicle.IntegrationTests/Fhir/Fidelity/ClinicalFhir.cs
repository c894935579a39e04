namespace Chronicle.IntegrationTests.Fhir.Fidelity;

using System.Globalization;
using System.Text.Json;

/// <summary>
/// Observations, immunizations, prescriptions and allergies reduced to what a round trip must keep:
/// codes, category, status, values with units (numerically: 65 and 65.0 are the same reading),
/// components, date-times as written. Written against the specification, not the product.
/// </summary>
internal static class ClinicalFhir
{
    public static string? Reduce(JsonElement resource, IReadOnlyDictionary<string, JsonElement> byReference) => Fhir.Type(resource) switch
    {
        "Observation" => Observation(resource),
        "Immunization" => $"Immunization {Code(resource.GetProperty("vaccineCode"))} {Text(resource, "status")} {Text(resource, "occurrenceDateTime")}",
        "MedicationRequest" => $"MedicationRequest {Medication(resource, byReference)} {Text(resource, "status")}/{Text(resource, "intent")} {Text(resource, "authoredOn")}",
        "AllergyIntolerance" => $"AllergyIntolerance {Code(resource.GetProperty("code"))} {Status(resource, "clinicalStatus")}/{Status(resource, "verificationStatus")} " +
            $"{Text(resource, "criticality")} {Text(resource, "recordedDate")} reactions={Reactions(resource)}",
        _ => null,
    };

    private static string Observation(JsonElement observation)
    {
        var category = observation.TryGetProperty("category", out var c)
            ? string.Join(",", c.EnumerateArray().SelectMany(x => x.GetProperty("coding").EnumerateArray())
                .Where(x => Text(x, "system") == "http://terminology.hl7.org/CodeSystem/observation-category").Select(x => Text(x, "code")))
            : string.Empty;
        var value = observation.TryGetProperty("valueQuantity", out var q) ? Quantity(q)
            : observation.TryGetProperty("valueCodeableConcept", out var cc) ? Code(cc)
            : Text(observation, "valueString");
        var components = observation.TryGetProperty("component", out var parts)
            ? string.Join(";", parts.EnumerateArray().Select(p => $"{Code(p.GetProperty("code"))}={(p.TryGetProperty("valueQuantity", out var pq) ? Quantity(pq) : null)}").Order(StringComparer.Ordinal))
            : string.Empty;
        return $"Observation {Code(observation.GetProperty("code"))} [{category}] {Text(observation, "status")} {Text(observation, "effectiveDateTime")} value={value} components={components}";
    }

    private static string Medication(JsonElement request, IReadOnlyDictionary<string, JsonElement> byReference)
    {
        if (request.TryGetProperty("medicationCodeableConcept", out var concept))
        {
            return Code(concept);
        }

        var medication = byReference[Text(request.GetProperty("medicationReference"), "reference")!];
        return Code(medication.GetProperty("code"));
    }

    private static string Reactions(JsonElement allergy) =>
        allergy.TryGetProperty("reaction", out var reactions)
            ? string.Join(",", reactions.EnumerateArray().SelectMany(r => r.GetProperty("manifestation").EnumerateArray()).Select(Code).Order(StringComparer.Ordinal))
            : string.Empty;

    private static string? Status(JsonElement resource, string property) =>
        resource.TryGetProperty(property, out var concept) ? Text(concept.GetProperty("coding")[0], "code") : null;

    private static string Quantity(JsonElement quantity) =>
        $"{quantity.GetProperty("value").GetDecimal().ToString("0.############", CultureInfo.InvariantCulture)} {Text(quantity, "code")}";

    private static string Code(JsonElement concept) =>
        string.Join(",", concept.GetProperty("coding").EnumerateArray().Take(1).Select(c => $"{Text(c, "system")}|{Text(c, "code")}"));

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetString() : null;
}
