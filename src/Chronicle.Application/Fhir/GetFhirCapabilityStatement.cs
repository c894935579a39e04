namespace Chronicle.Application.Fhir;

using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>The server's CapabilityStatement (GET /fhir/metadata): open to anyone, since it describes shapes, not data.</summary>
public sealed class GetFhirCapabilityStatement(FhirResourceRegistry registry, TimeProvider clock)
{
    public CapabilityStatement Execute(string baseUrl)
    {
        var version = typeof(GetFhirCapabilityStatement).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        return CapabilityStatements.Build(baseUrl, version, clock.GetUtcNow(), registry.Capabilities, writes: true);
    }
}
