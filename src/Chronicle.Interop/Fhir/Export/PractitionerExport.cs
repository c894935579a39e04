namespace Chronicle.Interop.Fhir.Export;

using Chronicle.Domain.Practices;
using Hl7.Fhir.Model;

/// <summary>
/// A staff member as US Core Practitioner (NPI when they have one, always the practice's staff id,
/// name, e-mail, credential as qualification) and as US Core PractitionerRole (their role in the
/// practice). Both share the staff member's id: they are two views of one row.
/// </summary>
public static class PractitionerExport
{
    public static Practitioner ToFhir(StaffMember staff, Practice practice)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(practice);
        var resource = new Practitioner
        {
            Id = staff.Id.Value.ToString(),
            Meta = new Meta { Profile = [UsCoreProfiles.Practitioner] },
            Active = true,
        };
        if (staff.Npi is { } npi)
        {
            resource.Identifier.Add(new Identifier(ExportSystems.Npi, npi.Value));
        }

        resource.Identifier.Add(new Identifier(ExportSystems.StaffIdSystem(practice.GroupNpi.Value), staff.ExternalId) { Use = Identifier.IdentifierUse.Usual });
        var name = new HumanName { Family = staff.LastName };
        if (!string.IsNullOrWhiteSpace(staff.FirstName))
        {
            name.Given = [staff.FirstName];
        }

        if (staff.Credential is { Length: > 0 } credential)
        {
            name.Suffix = [credential];
            resource.Qualification.Add(new Practitioner.QualificationComponent { Code = new CodeableConcept { Text = credential } });
        }

        resource.Name.Add(name);
        if (staff.Email is { Length: > 0 } email)
        {
            resource.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, ContactPoint.ContactPointUse.Work, email));
        }

        return resource;
    }

    public static PractitionerRole ToRole(StaffMember staff, Practice practice)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(practice);
        var role = new PractitionerRole
        {
            Id = staff.Id.Value.ToString(),
            Meta = new Meta { Profile = [UsCoreProfiles.PractitionerRole] },
            Active = true,
            Practitioner = References.To("Practitioner", staff.Id.Value, staff.DisplayName),
            Organization = References.Organization(practice),
        };
        role.Code.Add(new CodeableConcept(ExportSystems.StaffRoles, staff.Role.ToCode(), RoleDisplay(staff.Role), null));
        if (staff.Email is { Length: > 0 } email)
        {
            role.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, ContactPoint.ContactPointUse.Work, email));
        }

        return role;
    }

    private static string RoleDisplay(StaffRole role) => role switch
    {
        StaffRole.BillingPractitioner => "Billing practitioner",
        StaffRole.ClinicalStaff => "Clinical staff",
        _ => "Non-clinical staff",
    };
}
