namespace Chronicle.IntegrationTests.Fhir.Api;

using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

/// <summary>
/// Firely's validator over base FHIR R4 (specification.zip from Hl7.Fhir.Specification.Data.R4),
/// built once per test run: its first validations compile schemas and are slow. The US Core
/// packages cannot be fetched here, so each resource is validated against its core definition:
/// the declared US Core profiles are taken off a copy first, or the validator would report them
/// as unresolvable rather than check the resource.
/// </summary>
internal static class FhirValidation
{
    private static readonly Lazy<Validator> Shared = new(() =>
    {
        var resolver = new CachedResolver(ZipSource.CreateValidationSource());
        return new Validator(resolver, new LocalTerminologyService(resolver));
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lock Gate = new();

    /// <summary>The errors (and fatals) the validator finds, one line each; empty when the resource is valid.</summary>
    public static IReadOnlyList<string> Errors(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var copy = (Resource)resource.DeepCopy();
        WithoutProfiles(copy);

        OperationOutcome outcome;
        lock (Gate)
        {
            outcome = Shared.Value.Validate(copy, $"http://hl7.org/fhir/StructureDefinition/{copy.TypeName}");
        }

        return [.. outcome.Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => $"{resource.TypeName}/{resource.Id}: {i.Details?.Text ?? i.Diagnostics} at {string.Join(", ", i.Expression ?? [])}")];
    }

    /// <summary>Takes the declared profiles off a resource and, for a Bundle, off every resource in it.</summary>
    private static void WithoutProfiles(Resource resource)
    {
        if (resource.Meta is { } meta)
        {
            meta.Profile = [];
            if (meta.LastUpdated is null && meta.VersionId is null && meta.Tag.Count == 0 && meta.Security.Count == 0)
            {
                resource.Meta = null;
            }
        }

        if (resource is Bundle bundle)
        {
            foreach (var entry in bundle.Entry.Where(e => e.Resource is not null))
            {
                WithoutProfiles(entry.Resource!);
            }
        }
    }
}
