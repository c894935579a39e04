namespace Chronicle.Application.Fhir;

using Chronicle.Application.Common;
using Chronicle.Domain.Common;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>
/// One resource type the /fhir API serves. The registry routes requests to these and builds the
/// CapabilityStatement from them, so what is advertised is what is served. A new type is one
/// subclass of <see cref="FhirResourceDefinition{TEntity}"/> (its query, search parameters and
/// mapper) registered in <see cref="FhirServiceCollectionExtensions"/>.
/// </summary>
public interface IFhirResourceType
{
    string Name { get; }

    ResourceCapability Capability { get; }

    /// <summary>Whether the type belongs to a patient's compartment (and so to <c>$everything</c>).</summary>
    bool InPatientCompartment { get; }

    bool HasParameter(string name);

    IncludeDefinition? Include(string name);

    /// <summary>The resources among <paramref name="ids"/> that the caller may see.</summary>
    Task<IReadOnlyList<Resource>> ReadAsync(FhirScope scope, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <param name="criteria">Each parameter with its comma-separated values: values OR, parameters AND.</param>
    Task<Result<SearchPage>> SearchAsync(FhirScope scope, IReadOnlyList<(string Name, IReadOnlyList<string> Values)> criteria, int offset, int count, CancellationToken cancellationToken);

    /// <summary>Everything of this type in one patient's compartment (empty for types outside it).</summary>
    Task<IReadOnlyList<Resource>> ForPatientAsync(FhirScope scope, PatientId patient, CancellationToken cancellationToken);
}

/// <summary>One page of search matches and the number of matches in all.</summary>
public sealed record SearchPage(IReadOnlyList<Resource> Matches, int Total);

/// <summary>An <c>_include</c> the type supports: the references it follows and the type they lead to.</summary>
public sealed record IncludeDefinition(string Name, string TargetType, Func<Resource, IEnumerable<ResourceReference?>> References);
