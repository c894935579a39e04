namespace Chronicle.Interop.Fhir.Export;

using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Hl7.Fhir.Model;

/// <summary>
/// A visit as US Core Encounter: finished, ambulatory, the source's identifiers, its type codings
/// as the source sent them (else its CPT/HCPCS code and description), the period as the source
/// wrote it (else the date), the rendering practitioner (a Practitioner when the NPI belongs
/// to the practice's staff, else the NPI itself) for every participant kept, and the practice as
/// service provider.
/// </summary>
public static class EncounterExport
{
    public static Encounter ToFhir(Visit visit, Practice practice, IReadOnlyDictionary<Npi, StaffMember> staffByNpi)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(practice);
        ArgumentNullException.ThrowIfNull(staffByNpi);
        var day = Dates.Date(visit.Date);
        var period = new Period { Start = visit.StartedAt?.Text ?? day, End = visit.EndedAt?.Text ?? (visit.StartedAt is null ? day : null) };
        var resource = new Encounter
        {
            Id = visit.Id.Value.ToString(),
            Meta = new Meta { Profile = [UsCoreProfiles.Encounter] },
            Status = Encounter.EncounterStatus.Finished,
            Class = new Coding(ExportSystems.ActCode, "AMB", "ambulatory"),
            Subject = References.To("Patient", visit.PatientId.Value),
            Period = period,
            ServiceProvider = References.Organization(practice),
        };
        foreach (var identifier in visit.Identifiers.Items)
        {
            resource.Identifier.Add(new Identifier(identifier.System, identifier.Value));
        }

        if (!visit.TypeCodings.IsEmpty)
        {
            // The codings as the source sent them (the billing code is among them when it had one).
            var type = new CodeableConcept { Text = visit.Description };
            type.Coding.AddRange(visit.TypeCodings.Items.Select(c => new Coding(c.System, c.Value, c.Display)));
            resource.Type.Add(type);
        }
        else if (visit.Code is not null || visit.Description is not null)
        {
            var type = new CodeableConcept { Text = visit.Description };
            if (visit.Code is { } code)
            {
                type.Coding.Add(new Coding(IsCpt(code) ? ExportSystems.Cpt : ExportSystems.Hcpcs, code.Value, visit.Description));
            }

            resource.Type.Add(type);
        }

        var npis = visit.Participants.IsEmpty
            ? (visit.RenderingNpi is { } rendering ? [(rendering.Value, (string?)null)] : [])
            : visit.Participants.Items.Select(p => (p.Value, p.Display)).ToList();
        foreach (var (value, display) in npis)
        {
            var individual = Npi.TryParse(value) is { IsValid: true } parsed && staffByNpi.TryGetValue(parsed.Value!, out var staff)
                ? References.To("Practitioner", staff.Id.Value, staff.DisplayName)
                : new ResourceReference { Identifier = new Identifier(ExportSystems.Npi, value), Display = display };
            resource.Participant.Add(new Encounter.ParticipantComponent { Individual = individual });
        }

        return resource;
    }

    /// <summary>CPT codes are five digits (or four and a letter, for category II/III); HCPCS Level II starts with a letter.</summary>
    private static bool IsCpt(HcpcsCode code) => char.IsAsciiDigit(code.Value[0]);
}
