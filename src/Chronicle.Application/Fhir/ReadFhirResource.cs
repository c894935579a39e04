namespace Chronicle.Application.Fhir;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>
/// GET /fhir/{type}/{id}: one resource the caller may see, with its version in meta.versionId. A
/// resource they may not see answers exactly like one that does not exist (404). The read is on the
/// audit trail, under the patient it belongs to. vread and history-instance read through here too.
/// </summary>
public sealed class ReadFhirResource(FhirResourceRegistry registry, FhirScope scope, AuditTrail audit)
{
    public Task<Result<Resource>> ExecuteAsync(string type, string id, CancellationToken cancellationToken) =>
        ReadAsync(type, id, "read", cancellationToken);

    /// <param name="interaction">The interaction named on the audit trail: read, vread or history.</param>
    internal async Task<Result<Resource>> ReadAsync(string type, string id, string interaction, CancellationToken cancellationToken)
    {
        if (FhirRequests.TypeOf(registry, type) is { Error: { } error })
        {
            return error;
        }

        var resourceType = registry.Find(type)!;
        var found = Guid.TryParse(id, CultureInfo.InvariantCulture, out var guid)
            ? await resourceType.ReadAsync(scope, [guid], cancellationToken)
            : [];
        if (found.Count == 0)
        {
            return new BusinessError(FhirErrors.ResourceUnknown, $"There is no {type} with the id '{id}'.");
        }

        await audit.RecordAsync(FhirAudit.Reads($"fhir {type} {interaction}", found), cancellationToken);
        return ResourceVersions.Stamp(found[0]);
    }
}
