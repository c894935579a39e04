namespace Chronicle.Interop.Fhir.Export;

using Chronicle.Domain.Practices;
using Hl7.Fhir.Model;

/// <summary>The practice as US Core Organization: group NPI, TIN, name, phone and address.</summary>
public static class OrganizationExport
{
    public static Organization ToFhir(Practice practice)
    {
        ArgumentNullException.ThrowIfNull(practice);
        var resource = new Organization
        {
            Id = practice.Id.Value.ToString(),
            Meta = new Meta { Profile = [UsCoreProfiles.Organization] },
            Active = true,
            Name = practice.Name,
        };
        resource.Identifier.Add(new Identifier(ExportSystems.Npi, practice.GroupNpi.Value));
        if (practice.Tin is { Length: > 0 } tin)
        {
            resource.Identifier.Add(new Identifier(ExportSystems.Tin, tin));
        }

        resource.Type.Add(new CodeableConcept("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider", null));
        if (practice.Phone is { Length: > 0 } phone)
        {
            resource.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Work, phone));
        }

        if (Addresses.ToFhir(practice.Address) is { } address)
        {
            address.Use = Address.AddressUse.Work;
            resource.Address.Add(address);
        }

        return resource;
    }
}
