namespace Chronicle.Interop.Fhir.Export;

using Chronicle.Domain.Common;
using Hl7.Fhir.Model;

/// <summary>
/// A caregiver the patient lets see their record (a caregiver grant with a portal account) as US
/// Core RelatedPerson: active while the grant is, the patient, relationship Caregiver, the name the
/// account shows and its e-mail.
/// </summary>
public static class RelatedPersonExport
{
    public static RelatedPerson ToFhir(Guid id, PatientId patient, string name, string? email, bool active)
    {
        var resource = new RelatedPerson
        {
            Id = id.ToString(),
            Meta = new Meta { Profile = [UsCoreProfiles.RelatedPerson] },
            Active = active,
            Patient = References.To("Patient", patient.Value),
            Relationship = [new CodeableConcept { Coding = [new Coding(ExportSystems.Snomed, CcmSystems.CaregiverRole, "Caregiver")], Text = "Caregiver" }],
            Name = [new HumanName { Text = name }],
        };
        if (!string.IsNullOrWhiteSpace(email))
        {
            resource.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, null, email));
        }

        return resource;
    }
}
