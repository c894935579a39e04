namespace Chronicle.Application.Fhir;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Domain.Common;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>
/// What a FHIR read puts on the audit trail: one event per patient whose data was returned (with
/// the count of their resources), and one for directory resources (practice, staff) when only
/// those were returned. Events name ids and counts, never what the resources say.
/// </summary>
internal static class FhirAudit
{
    public static IReadOnlyCollection<AuditEntry> Reads(string what, IEnumerable<Resource> resources)
    {
        var list = resources.ToList();
        var byPatient = list
            .Select(r => (Patient: PatientOf(r), Resource: r))
            .Where(x => x.Patient is not null)
            .GroupBy(x => x.Patient!.Value)
            .Select(g => AuditEntry.Read(string.Create(CultureInfo.InvariantCulture, $"{what}: {g.Count()} resource(s)"), g.Key))
            .ToList();
        return byPatient.Count > 0
            ? byPatient
            : [AuditEntry.Read(string.Create(CultureInfo.InvariantCulture, $"{what}: {list.Count} resource(s)"))];
    }

    private static PatientId? PatientOf(Resource resource)
    {
        var id = resource is Hl7.Fhir.Model.Patient ? resource.Id : SearchBundles.ReferencesIn(resource).FirstOrDefault(r => r.Type == "Patient").Id;
        return Guid.TryParse(id, CultureInfo.InvariantCulture, out var guid) ? new PatientId(guid) : null;
    }
}
