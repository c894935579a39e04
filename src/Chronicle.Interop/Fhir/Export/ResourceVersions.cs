namespace Chronicle.Interop.Fhir.Export;

using System.Security.Cryptography;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

/// <summary>
/// The version of a served resource: the first 16 hex digits of the SHA-256 of its JSON as served
/// (without meta.versionId), stamped in meta.versionId. Chronicle builds resources from its tables
/// and keeps no copy of earlier renderings, so the current version is the only one it can serve:
/// vread answers it and nothing else, history-instance lists it alone (ADR 0271). A version changes
/// exactly when what is served changes, whichever table the change came from.
/// </summary>
public static class ResourceVersions
{
    private const int Length = 16;

    public static string Of(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var unstamped = resource;
        if (resource.Meta?.VersionId is not null)
        {
            unstamped = (Resource)resource.DeepCopy();
            unstamped.Meta!.VersionId = null;
        }

        var hash = SHA256.HashData(FhirJsonSerializer.Default.SerializeToBytes(unstamped));
        return Convert.ToHexStringLower(hash)[..Length];
    }

    /// <summary>Sets meta.versionId to the resource's version and returns the resource.</summary>
    public static T Stamp<T>(T resource)
        where T : Resource
    {
        ArgumentNullException.ThrowIfNull(resource);
        var version = Of(resource);
        resource.Meta ??= new Meta();
        resource.Meta.VersionId = version;
        return resource;
    }
}
