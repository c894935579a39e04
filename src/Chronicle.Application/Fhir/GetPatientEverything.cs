namespace Chronicle.Application.Fhir;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.Common;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>
/// GET /fhir/Patient/{id}/$everything: the patient and every resource of theirs Chronicle serves
/// (each type in the patient compartment of the registry), plus the practice and staff those refer
/// to, in one searchset Bundle. One query per type; one audit event for the patient.
/// </summary>
public sealed class GetPatientEverything(FhirResourceRegistry registry, FhirScope scope, AuditTrail audit)
{
    public async Task<Result<Bundle>> ExecuteAsync(string id, string baseUrl, CancellationToken cancellationToken)
    {
        var patients = registry.Find("Patient")!;
        var found = Guid.TryParse(id, CultureInfo.InvariantCulture, out var guid)
            ? await patients.ReadAsync(scope, [guid], cancellationToken)
            : [];
        if (found.Count == 0)
        {
            return new BusinessError(FhirErrors.ResourceUnknown, $"There is no Patient with the id '{id}'.");
        }

        var matches = new List<Resource>(found);
        foreach (var type in registry.Types.Where(t => t.InPatientCompartment && t.Name != "Patient").OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            matches.AddRange(await type.ForPatientAsync(scope, new PatientId(guid), cancellationToken));
        }

        var seen = matches.Select(m => (m.TypeName, m.Id)).ToHashSet();
        var referenced = new List<Resource>();
        foreach (var group in matches.SelectMany(SearchBundles.ReferencesIn).Where(r => !seen.Contains(r)).Distinct().GroupBy(r => r.Type))
        {
            if (registry.Find(group.Key) is not { } type)
            {
                continue;
            }

            var ids = group.Select(r => Guid.TryParse(r.Id, CultureInfo.InvariantCulture, out var g) ? g : (Guid?)null).OfType<Guid>().ToList();
            referenced.AddRange(await type.ReadAsync(scope, ids, cancellationToken));
        }

        await audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture, $"fhir Patient $everything: {matches.Count + referenced.Count} resource(s)"), new PatientId(guid)), cancellationToken);
        var self = $"{baseUrl.TrimEnd('/')}/Patient/{id}/$everything";
        return SearchBundles.Searchset(baseUrl, matches, referenced, matches.Count, [("self", self)]);
    }
}
