namespace Chronicle.Application.Fhir;

using Chronicle.Application.Common;
using Hl7.Fhir.Model;

/// <summary>
/// GET /fhir/{type}/{id}/_history/{vid} (vread): the resource when <paramref name="version"/> is its
/// current version. Chronicle keeps no earlier renderings (ADR 0271), so any other version is
/// answered 404 with a code that says so, never with the current content under an old name.
/// </summary>
public sealed class ReadFhirResourceVersion(ReadFhirResource read)
{
    public async Task<Result<Resource>> ExecuteAsync(string type, string id, string version, CancellationToken cancellationToken)
    {
        var current = await read.ReadAsync(type, id, "vread", cancellationToken);
        if (current.Value is not { } resource)
        {
            return current;
        }

        return resource.Meta!.VersionId == version
            ? resource
            : new BusinessError(FhirErrors.VersionNotKept,
                $"{type}/{id} has no version '{version}' that Chronicle can serve: it keeps only the current version, '{resource.Meta.VersionId}'.");
    }
}
