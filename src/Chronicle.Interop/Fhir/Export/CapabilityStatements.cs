namespace Chronicle.Interop.Fhir.Export;

using Hl7.Fhir.Model;

/// <summary>What the server supports for one resource type, as its registry describes it.</summary>
/// <param name="Includes">The <c>_include</c> values accepted, e.g. <c>Condition:patient</c>.</param>
/// <param name="Operations">Instance operations by name without the <c>$</c>, each with its canonical OperationDefinition.</param>
public sealed record ResourceCapability(
    string Type,
    string? Profile,
    IReadOnlyList<SearchParameterCapability> SearchParameters,
    IReadOnlyList<string> Includes,
    IReadOnlyList<(string Name, string Definition)> Operations);

public sealed record SearchParameterCapability(string Name, SearchParamType Type, string Documentation);

/// <summary>
/// Chronicle's CapabilityStatement, built from the same registry that routes requests, so it
/// lists exactly the types, interactions, search parameters, includes and operations served. It
/// instantiates the US Core 9 server statement: the profiles claimed are US Core's where one fits,
/// and what it lists per type is what Chronicle serves of it (ADR 0271).
/// </summary>
public static class CapabilityStatements
{
    public const string UsCoreServer = "http://hl7.org/fhir/us/core/CapabilityStatement/us-core-server";

    /// <summary>Every served type answers these, in this order (vread and history serve the current version, ADR 0271).</summary>
    private static readonly CapabilityStatement.TypeRestfulInteraction[] TypeInteractions =
    [
        CapabilityStatement.TypeRestfulInteraction.Read,
        CapabilityStatement.TypeRestfulInteraction.Vread,
        CapabilityStatement.TypeRestfulInteraction.HistoryInstance,
        CapabilityStatement.TypeRestfulInteraction.SearchType,
    ];

    public static CapabilityStatement Build(string baseUrl, string version, DateTimeOffset date, IEnumerable<ResourceCapability> resources, bool writes)
    {
        ArgumentNullException.ThrowIfNull(resources);
        var rest = new CapabilityStatement.RestComponent
        {
            Mode = CapabilityStatement.RestfulCapabilityMode.Server,
            Documentation = "Read and search over the practice's records as the caller may see them; transaction and batch Bundles import as 'chronicle import fhir' does.",
            Security = new CapabilityStatement.SecurityComponent
            {
                Cors = false,
                Description = "A bearer token issued by the practice (Authorization: Bearer chr_...), practice-wide or limited to listed patients, read-only unless issued for writing; or a signed-in staff session.",
            },
        };
        foreach (var resource in resources.OrderBy(r => r.Type, StringComparer.Ordinal))
        {
            rest.Resource.Add(Resource(resource));
        }

        if (writes)
        {
            rest.Interaction.Add(new CapabilityStatement.SystemInteractionComponent { Code = CapabilityStatement.SystemRestfulInteraction.Transaction });
            rest.Interaction.Add(new CapabilityStatement.SystemInteractionComponent { Code = CapabilityStatement.SystemRestfulInteraction.Batch });
        }

        return new CapabilityStatement
        {
            Id = "chronicle",
            Url = $"{baseUrl.TrimEnd('/')}/metadata",
            Name = "ChronicleFhirServer",
            Title = "Chronicle FHIR R4 server",
            Status = PublicationStatus.Active,
            Date = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Publisher = "Chronicle",
            Kind = CapabilityStatementKind.Instance,
            Software = new CapabilityStatement.SoftwareComponent { Name = "Chronicle", Version = version },
            Implementation = new CapabilityStatement.ImplementationComponent { Description = "Chronicle chronic care management", Url = baseUrl },
            Instantiates = [UsCoreServer],
            FhirVersion = FHIRVersion.N4_0_1,
            Format = ["application/fhir+json", "application/fhir+xml", "json", "xml"],
            Rest = [rest],
        };
    }

    private static CapabilityStatement.ResourceComponent Resource(ResourceCapability capability)
    {
        var component = new CapabilityStatement.ResourceComponent
        {
            Type = capability.Type,
            Profile = $"http://hl7.org/fhir/StructureDefinition/{capability.Type}",
            Versioning = CapabilityStatement.ResourceVersionPolicy.Versioned,
            ReadHistory = false,
            UpdateCreate = false,
            ConditionalCreate = false,
            ConditionalRead = CapabilityStatement.ConditionalReadStatus.NotSupported,
            ConditionalUpdate = false,
            ConditionalDelete = CapabilityStatement.ConditionalDeleteStatus.NotSupported,
            SearchInclude = [.. capability.Includes],
        };
        if (capability.Profile is { } profile)
        {
            component.SupportedProfile = [profile];
        }

        foreach (var interaction in TypeInteractions)
        {
            component.Interaction.Add(new CapabilityStatement.ResourceInteractionComponent { Code = interaction });
        }
        foreach (var parameter in capability.SearchParameters)
        {
            component.SearchParam.Add(new CapabilityStatement.SearchParamComponent
            {
                Name = parameter.Name,
                Type = parameter.Type,
                Documentation = parameter.Documentation,
            });
        }

        foreach (var (name, definition) in capability.Operations)
        {
            component.Operation.Add(new CapabilityStatement.OperationComponent { Name = name, Definition = definition });
        }

        return component;
    }
}
