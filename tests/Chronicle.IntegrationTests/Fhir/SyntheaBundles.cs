namespace Chronicle.IntegrationTests.Fhir;

using System.Globalization;
using System.Text.Json;

/// <summary>
/// The Synthea bundles read by the test itself with System.Text.Json, not by the product's reader,
/// so the product's import and eligibility can be checked against an independent count.
/// </summary>
internal static class SyntheaBundles
{
    public static IReadOnlyList<SyntheaPatient> Read(string folder) =>
        [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(ReadBundle)];

    private static SyntheaPatient ReadBundle(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        var resources = json.RootElement.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource")).ToList();
        var patient = resources.Single(r => Type(r) == "Patient");
        var conditions = resources.Where(r => Type(r) == "Condition").Select(ReadCondition).ToList();
        var counts = resources.GroupBy(Type).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new SyntheaPatient(Mrn(patient), conditions, counts);
    }

    private static string Type(JsonElement resource) => resource.GetProperty("resourceType").GetString()!;

    private static string Mrn(JsonElement patient)
    {
        foreach (var identifier in patient.GetProperty("identifier").EnumerateArray())
        {
            if (identifier.TryGetProperty("type", out var type)
                && type.GetProperty("coding").EnumerateArray().Any(c => c.GetProperty("code").GetString() == "MR"))
            {
                return identifier.GetProperty("value").GetString()!;
            }
        }

        return patient.GetProperty("id").GetString()!;
    }

    private static SyntheaCondition ReadCondition(JsonElement condition)
    {
        var code = condition.GetProperty("code").GetProperty("coding").EnumerateArray()
            .First(c => c.GetProperty("system").GetString() == "http://snomed.info/sct").GetProperty("code").GetString()!;
        var status = condition.TryGetProperty("clinicalStatus", out var s) ? s.GetProperty("coding")[0].GetProperty("code").GetString() : null;
        return new SyntheaCondition(code, status, Date(condition, "onsetDateTime"), Date(condition, "abatementDateTime"));
    }

    private static DateOnly? Date(JsonElement resource, string property) =>
        resource.TryGetProperty(property, out var value)
            ? DateOnly.ParseExact(value.GetString()![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
}

internal sealed record SyntheaPatient(string Mrn, IReadOnlyList<SyntheaCondition> Conditions, IReadOnlyDictionary<string, int> ResourceCounts);

internal sealed record SyntheaCondition(string Snomed, string? ClinicalStatus, DateOnly? Onset, DateOnly? Abatement)
{
    public bool IsActiveOn(DateOnly date) =>
        ClinicalStatus == "active" && (Onset is null || Onset <= date) && (Abatement is null || Abatement > date);
}
