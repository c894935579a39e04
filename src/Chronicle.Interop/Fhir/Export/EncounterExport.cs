namespace Chronicle.Interop.Fhir.Export;

using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Hl7.Fhir.Model;

/// <summary>
/// A visit as US Core Encounter: finished, ambulatory, its CPT/HCPCS code and description as the
/// type, the date as the period, the rendering practitioner (a Practitioner when the NPI belongs
/// to the practice's staff, else the NPI itself) and the practice as service provider.
/// </summary>
public static class EncounterExport
{
    public static Encounter ToFhir(Visit visit, Practice practice, IReadOnlyDictionary<Npi, StaffMember> staffByNpi)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(practice);
        ArgumentNullException.ThrowIfNull(staffByNpi);
        var day = Dates.Date(visit.Date);
        var resource = new Encounter
        {
            Id = visit.Id.Value.ToString(),
            Meta = new Meta { Profile = [UsCoreProfiles.Encounter] },
            Status = Encounter.EncounterStatus.Finished,
            Class = new Coding(ExportSystems.ActCode, "AMB", "ambulatory"),
            Subject = References.To("Patient", visit.PatientId.Value),
            Period = new Period { Start = day, End = day },
            ServiceProvider = References.Organization(practice),
        };
        if (visit.Code is not null || visit.Description is not null)
        {
            var type = new CodeableConcept { Text = visit.Description };
            if (visit.Code is { } code)
            {
                type.Coding.Add(new Coding(IsCpt(code) ? ExportSystems.Cpt : ExportSystems.Hcpcs, code.Value, visit.Description));
            }

            resource.Type.Add(type);
        }

        if (visit.RenderingNpi is { } npi)
        {
            var individual = staffByNpi.TryGetValue(npi, out var staff)
                ? References.To("Practitioner", staff.Id.Value, staff.DisplayName)
                : new ResourceReference { Identifier = new Identifier(ExportSystems.Npi, npi.Value) };
            resource.Participant.Add(new Encounter.ParticipantComponent { Individual = individual });
        }

        return resource;
    }

    /// <summary>CPT codes are five digits (or four and a letter, for category II/III); HCPCS Level II starts with a letter.</summary>
    private static bool IsCpt(HcpcsCode code) => char.IsAsciiDigit(code.Value[0]);
}
