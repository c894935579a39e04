namespace Chronicle.IntegrationTests.Fhir.Api;

using Chronicle.IntegrationTests.Infrastructure;
using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

/// <summary>
/// Firely's validator, built once per test run (its first validations compile schemas and are
/// slow), in two strengths:
/// <list type="bullet">
/// <item><see cref="Errors"/>: base FHIR R4 only (specification.zip from Hl7.Fhir.Specification.Data.R4);
/// the declared profiles are taken off a copy first.</item>
/// <item><see cref="UsCoreErrors"/>: base R4 and every profile the resource declares in meta.profile,
/// resolved from the US Core 9.0.0 conformance resources in tests/data/fhir_conformance (ADR 0270).
/// Core definitions come straight from the zip; the US Core differentials get their snapshots from
/// a <see cref="SnapshotSource"/> that sees both. A declared profile that does not resolve is an error.</item>
/// </list>
/// Terminology is checked locally: bindings to value sets drawn from SNOMED CT, LOINC, RxNorm,
/// CPT, ICD-10-CM or VSAC cannot be expanded offline and are reported as warnings, not errors.
/// </summary>
internal static class FhirValidation
{
    private static readonly Lazy<Validator> Base = new(() =>
    {
        var resolver = new CachedResolver(ZipSource.CreateValidationSource());
        return new Validator(resolver, new LocalTerminologyService(resolver));
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Validator> UsCore = new(() =>
    {
        var core = ZipSource.CreateValidationSource();
        var usCore = new DirectorySource(
            TestEnvironment.SubsetFile(Path.Combine("fhir_conformance", "us-core-9.0.0")),
            new DirectorySourceSettings { IncludeSubDirectories = false });
        var profiles = new SnapshotSource(new MultiResolver(usCore, core));
        var resolver = new CachedResolver(new MultiResolver(core, profiles));
        return new Validator(resolver, new LocalTerminologyService(resolver));
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lock Gate = new();

    /// <summary>The errors (and fatals) base R4 finds, one line each; empty when the resource is valid.</summary>
    public static IReadOnlyList<string> Errors(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var copy = (Resource)resource.DeepCopy();
        WithoutProfiles(copy);
        return Validate(Base, copy, resource);
    }

    /// <summary>
    /// The errors base R4 and the US Core profiles the resource claims find; a Bundle's entries are
    /// validated one by one, so each line names the resource at fault.
    /// </summary>
    public static IReadOnlyList<string> UsCoreErrors(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource is Bundle bundle
            ? [.. bundle.Entry.Where(e => e.Resource is not null).SelectMany(e => UsCoreErrors(e.Resource!))]
            : Validate(UsCore, resource, resource);
    }

    private static List<string> Validate(Lazy<Validator> validator, Resource validated, Resource named)
    {
        OperationOutcome outcome;
        lock (Gate)
        {
            outcome = validator.Value.Validate(validated, $"http://hl7.org/fhir/StructureDefinition/{validated.TypeName}");
        }

        return [.. outcome.Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => $"{named.TypeName}/{named.Id}: {i.Details?.Text ?? i.Diagnostics} at {string.Join(", ", i.Expression ?? [])}")];
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
