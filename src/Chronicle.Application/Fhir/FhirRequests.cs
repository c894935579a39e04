namespace Chronicle.Application.Fhir;

using Chronicle.Application.Common;

/// <summary>The answers every /fhir use case gives the same way.</summary>
internal static class FhirRequests
{
    /// <summary>The served type of that name, or why not: not a FHIR type at all (404), or one Chronicle does not serve (405).</summary>
    public static (IFhirResourceType? Type, BusinessError? Error) TypeOf(FhirResourceRegistry registry, string name) =>
        registry.Find(name) is { } type ? (type, null)
        : FhirResourceRegistry.IsFhirType(name)
            ? (null, new BusinessError(FhirErrors.InteractionUnsupported, $"Chronicle does not serve {name} resources; GET /fhir/metadata lists those it does."))
            : (null, new BusinessError(FhirErrors.TypeUnknown, $"'{name}' is not a FHIR R4 resource type."));
}
