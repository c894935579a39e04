namespace Chronicle.IntegrationTests.Fhir.Fidelity;

using System.Text.Json;

/// <summary>Reductions of FHIR JSON to the values a round trip must keep, written against the specification, not the product.</summary>
internal static class Fhir
{
    private const string Race = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race";
    private const string Ethnicity = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity";
    private const string BirthSex = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex";

    public static string Type(JsonElement resource) => resource.GetProperty("resourceType").GetString()!;

    public static string Mrn(JsonElement patient) =>
        patient.GetProperty("identifier").EnumerateArray()
            .Where(i => i.TryGetProperty("type", out var t) && t.GetProperty("coding").EnumerateArray().Any(c => Text(c, "code") == "MR"))
            .Select(i => Text(i, "value")!)
            .First();

    public static FidelityPatient Patient(JsonElement patient)
    {
        var name = patient.GetProperty("name").EnumerateArray().First();
        var language = patient.TryGetProperty("communication", out var communication)
            ? communication.EnumerateArray().Select(c => c.GetProperty("language").GetProperty("coding").EnumerateArray()
                .First(k => Text(k, "system") == "urn:ietf:bcp:47")).Select(k => Text(k, "code")).FirstOrDefault()
            : null;
        var marital = patient.TryGetProperty("maritalStatus", out var m) ? Text(m.GetProperty("coding")[0], "code") : null;
        return new FidelityPatient(
            Category(patient, Race),
            Category(patient, Ethnicity),
            Extensions(patient).Where(e => Text(e, "url") == BirthSex).Select(e => Text(e, "valueCode")).FirstOrDefault(),
            language,
            Joined(name, "prefix"),
            Joined(name, "suffix"),
            marital);
    }

    /// <summary>Code, category, verification, the dates as written and the start of the encounter the condition names.</summary>
    public static string Condition(JsonElement condition, IReadOnlyDictionary<string, JsonElement> byReference)
    {
        var code = condition.GetProperty("code").GetProperty("coding").EnumerateArray()
            .Select(c => $"{Text(c, "system")}|{Text(c, "code")}").Order(StringComparer.Ordinal).First();
        var category = string.Join(",", condition.GetProperty("category").EnumerateArray().SelectMany(c => c.GetProperty("coding").EnumerateArray()).Select(c => Text(c, "code")));
        var verification = condition.TryGetProperty("verificationStatus", out var v) ? Text(v.GetProperty("coding")[0], "code") : null;
        var status = condition.TryGetProperty("clinicalStatus", out var s) ? Text(s.GetProperty("coding")[0], "code") : null;
        // FHIR (con-4) allows no abatement on an active condition; Chronicle leaves it off then.
        var abatement = status is "active" or "recurrence" or "relapse" ? null : Text(condition, "abatementDateTime");
        var encounter = condition.TryGetProperty("encounter", out var e) && byReference.TryGetValue(Text(e, "reference")!, out var visit)
            ? Text(visit.GetProperty("period"), "start")
            : null;
        return $"{code} [{category}] {status}/{verification} onset={Text(condition, "onsetDateTime")} abatement={abatement} recorded={Text(condition, "recordedDate")} encounter={encounter}";
    }

    /// <summary>The period as written, the type codings and the identifiers.</summary>
    public static string Encounter(JsonElement encounter)
    {
        var period = encounter.GetProperty("period");
        var types = encounter.TryGetProperty("type", out var t)
            ? string.Join(",", t.EnumerateArray().SelectMany(c => c.GetProperty("coding").EnumerateArray()).Select(c => $"{Text(c, "system")}|{Text(c, "code")}"))
            : string.Empty;
        var identifiers = encounter.TryGetProperty("identifier", out var i)
            ? string.Join(",", i.EnumerateArray().Select(x => $"{Text(x, "system")}|{Text(x, "value")}"))
            : string.Empty;
        return $"{Text(period, "start")}..{Text(period, "end")} type={types} id={identifiers}";
    }

    private static string Category(JsonElement patient, string url) =>
        string.Join(",", Extensions(patient).Where(e => Text(e, "url") == url)
            .SelectMany(e => e.GetProperty("extension").EnumerateArray())
            .Where(e => Text(e, "url") is "ombCategory" or "detailed")
            .Select(e => Text(e.GetProperty("valueCoding"), "code"))
            .Order(StringComparer.Ordinal));

    private static JsonElement[] Extensions(JsonElement resource) =>
        resource.TryGetProperty("extension", out var list) ? [.. list.EnumerateArray()] : [];

    private static string? Joined(JsonElement name, string property) =>
        name.TryGetProperty(property, out var parts) ? string.Join(" ", parts.EnumerateArray().Select(p => p.GetString())) : null;

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetString() : null;
}
