namespace Chronicle.IntegrationTests.Fhir.Fidelity;

using System.Text.Json;

/// <summary>
/// What a FHIR bundle says about one patient, read by the test with System.Text.Json (not by the
/// product's reader) and reduced to comparable text: the same reduction of the served resources
/// must give the same values.
/// </summary>
internal sealed record SourceRecord(
    string Mrn,
    FidelityPatient Patient,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<string> Encounters,
    IReadOnlyList<string> Clinical)
{
    public static IReadOnlyList<SourceRecord> ReadFolder(string folder) =>
        [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(file =>
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            var entries = json.RootElement.GetProperty("entry").EnumerateArray()
                .Select(e => (FullUrl: e.TryGetProperty("fullUrl", out var u) ? u.GetString() : null, Resource: e.GetProperty("resource").Clone()))
                .ToList();
            return Of(entries);
        })];

    /// <summary>The record in a list of resources (a source bundle's entries or a served $everything).</summary>
    public static SourceRecord Of(IReadOnlyList<(string? FullUrl, JsonElement Resource)> entries)
    {
        var byReference = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (fullUrl, resource) in entries)
        {
            if (fullUrl is not null)
            {
                byReference[fullUrl] = resource;
            }

            byReference[$"{Fhir.Type(resource)}/{resource.GetProperty("id").GetString()}"] = resource;
        }

        var patient = entries.Single(e => Fhir.Type(e.Resource) == "Patient").Resource;
        var encounters = entries.Where(e => Fhir.Type(e.Resource) == "Encounter").Select(e => Fhir.Encounter(e.Resource)).Order(StringComparer.Ordinal).ToList();
        var conditions = entries.Where(e => Fhir.Type(e.Resource) == "Condition")
            .Select(e => Fhir.Condition(e.Resource, byReference))
            .Order(StringComparer.Ordinal)
            .ToList();
        var clinical = entries.Select(e => ClinicalFhir.Reduce(e.Resource, byReference)).OfType<string>().Order(StringComparer.Ordinal).ToList();
        return new SourceRecord(Fhir.Mrn(patient), Fhir.Patient(patient), conditions, encounters, clinical);
    }
}

/// <summary>A patient's demographics as comparable values.</summary>
internal sealed record FidelityPatient(string Race, string Ethnicity, string? BirthSex, string? Language, string? Prefix, string? Suffix, string? Marital);
