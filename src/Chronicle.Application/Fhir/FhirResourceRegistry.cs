namespace Chronicle.Application.Fhir;

using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>
/// The resource types the /fhir API serves, by name. Requests are routed through it and the
/// CapabilityStatement is built from it, so the statement cannot promise what is not served.
/// </summary>
public sealed class FhirResourceRegistry(IEnumerable<IFhirResourceType> types)
{
    private readonly Dictionary<string, IFhirResourceType> _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<IFhirResourceType> Types => _types.Values;

    public IFhirResourceType? Find(string name) => _types.GetValueOrDefault(name);

    /// <summary>Whether <paramref name="name"/> is a FHIR R4 resource type at all (served or not): unknown types are 404, known ones 405/501.</summary>
    public static bool IsFhirType(string name) => ModelInfo.IsKnownResource(name);

    public IEnumerable<ResourceCapability> Capabilities => _types.Values.Select(t => t.Capability);
}
