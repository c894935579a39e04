namespace Chronicle.Interop.Fhir.Export;

using System.Globalization;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Hl7.Fhir.Model;
using FhirPatient = Hl7.Fhir.Model.Patient;

/// <summary>
/// A patient as US Core Patient: the MRN typed <c>MR</c> (what the importer reads back as the MRN),
/// the MBI typed <c>MC</c>, name (with prefix and suffix), gender, race, ethnicity, birth sex,
/// marital status, preferred language, birth date, date of death, phone and address, and the
/// practice as managing organization.
/// </summary>
public static class PatientExport
{
    public static FhirPatient ToFhir(Domain.Patients.Patient patient, Practice practice)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(practice);
        var resource = new FhirPatient
        {
            Id = patient.Id.Value.ToString(),
            Meta = new Meta { Profile = [UsCoreProfiles.Patient] },
            Active = true,
            Gender = Gender(patient.Sex),
            BirthDate = Dates.Date(patient.BirthDate),
            ManagingOrganization = References.Organization(practice),
        };
        resource.Identifier.Add(new Identifier(ExportSystems.MrnSystem(practice.GroupNpi.Value), patient.Mrn)
        {
            Use = Identifier.IdentifierUse.Usual,
            Type = new CodeableConcept(ExportSystems.IdentifierType, "MR", "Medical record number", null),
        });
        if (patient.Mbi is { } mbi)
        {
            resource.Identifier.Add(new Identifier(ExportSystems.Mbi, mbi.Value)
            {
                Type = new CodeableConcept(ExportSystems.IdentifierType, "MC", "Patient's Medicare number", null),
            });
        }

        var name = new HumanName { Use = HumanName.NameUse.Official };
        if (!string.IsNullOrWhiteSpace(patient.LastName))
        {
            name.Family = patient.LastName;
        }

        if (!string.IsNullOrWhiteSpace(patient.FirstName))
        {
            name.Given = [patient.FirstName];
        }

        resource.Name.Add(name);
        PatientDemographicsExport.Apply(resource, patient, name);
        if (patient.DeceasedOn is { } died)
        {
            resource.Deceased = new FhirDateTime(died.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (patient.Phone is { Length: > 0 } phone)
        {
            resource.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Home, phone));
        }

        if (Addresses.ToFhir(patient.Address) is { } address)
        {
            resource.Address.Add(address);
        }

        return resource;
    }

    private static AdministrativeGender Gender(Sex sex) => sex switch
    {
        Sex.Female => AdministrativeGender.Female,
        Sex.Male => AdministrativeGender.Male,
        Sex.Other => AdministrativeGender.Other,
        _ => AdministrativeGender.Unknown,
    };
}
