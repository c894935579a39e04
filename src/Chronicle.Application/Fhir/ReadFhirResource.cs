namespace Chronicle.Application.Fhir;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Hl7.Fhir.Model;

/// <summary>
/// GET /fhir/{type}/{id}: one resource the caller may see. A resource they may not see answers
/// exactly like one that does not exist (404). The read is on the audit trail, under the patient
/// it belongs to.
/// </summary>
public sealed class ReadFhirResource(FhirResourceRegistry registry, FhirScope scope, AuditTrail audit)
{
    public async Task<Result<Resource>> ExecuteAsync(string type, string id, CancellationToken cancellationToken)
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

        await audit.RecordAsync(FhirAudit.Reads($"fhir {type} read", found), cancellationToken);
        return found[0];
    }
}
