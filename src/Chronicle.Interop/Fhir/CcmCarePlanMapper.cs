namespace Chronicle.Interop.Fhir;

using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>
/// Reads back a CarePlan <c>CarePlanExport</c> wrote: the content from its contained payload, active
/// as signed and draft as a draft (any other status is refused), the version's date from
/// <c>created</c>, and the staff its care team names as references to the file's Practitioners.
/// Its Goals and CareTeam are views of the same content, so the plan needs nothing else (ADR 0133).
/// </summary>
internal static class CcmCarePlanMapper
{
    public static MappedCcm Map(CarePlan resource, FhirSource source, string? fullUrl, FhirMappingContext context)
    {
        var p = source.Path;
        var mapped = new MappedCcm(source, fullUrl, CcmKind.CarePlan);
        mapped.Subject = Owned.Subject(resource.Subject, $"{p}.subject", mapped);
        bool? signed = resource.Status switch
        {
            RequestStatus.Active => true,
            RequestStatus.Draft => false,
            _ => null,
        };
        if (signed is null)
        {
            mapped.AddIssue($"{p}.status", $"The status '{FhirValues.Literal(resource.Status)}' is not one a care plan can be imported with (active or draft).");
        }

        var index = CarePlanPayload.IndexIn(resource);
        var content = CarePlanPayload.Read((Binary)resource.Contained[index], out var error);
        if (content is null)
        {
            mapped.AddIssue($"{p}.contained[{index}].data", error!);
        }

        var created = CcmRecordMapper.Date(mapped, resource.CreatedElement?.Value, $"{p}.created", context);
        if (content is not null)
        {
            foreach (var staff in content.CareTeam.Where(m => m.StaffId is not null).Select(m => m.StaffId!.Value.Value).Distinct())
            {
                mapped.TeamStaff.Add((staff, new FhirReference($"Practitioner/{staff}", $"{p}.contained[{index}].data")));
            }
        }

        if (mapped.IsValid && mapped.Subject is not null)
        {
            mapped.CarePlan = new FhirCarePlanImport(source, content!, signed!.Value, created, new Dictionary<Guid, string>());
        }

        return mapped;
    }
}
