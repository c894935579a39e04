namespace Chronicle.Interop.Fhir.Export;

using System.Globalization;
using Chronicle.Domain.CarePlans;
using Hl7.Fhir.Model;
using DomainCarePlan = Chronicle.Domain.CarePlans.CarePlan;

/// <summary>
/// The care team of a plan as US Core CareTeam, shaped as MCC's care team: the patient as a member
/// (SNOMED 116154003), staff as Practitioners, and the people and agencies Chronicle keeps only as
/// names on the plan (outside providers, caregivers, community resources) as contained
/// Practitioner (with its NPI and a structured name), RelatedPerson (role SNOMED 133932002 Caregiver) and Organization. The team shares
/// the plan's id: one plan, one team.
/// </summary>
public static class CareTeamExport
{
    public static CareTeam ToFhir(DomainCarePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var patient = References.To("Patient", plan.PatientId.Value);
        var resource = new CareTeam
        {
            Id = plan.Id.Value.ToString(),
            Meta = new Meta { Profile = [UsCoreProfiles.CareTeam] },
            Status = plan.Status == CarePlanStatus.Active ? CareTeam.CareTeamStatus.Active : CareTeam.CareTeamStatus.Proposed,
            Name = "Care team",
            Subject = patient,
            Category = [new CodeableConcept(CcmSystems.CarePlanPart, "care-team", "Care team of a Chronicle care plan", null)],
        };
        resource.Participant.Add(new CareTeam.ParticipantComponent
        {
            Role = [new CodeableConcept(ExportSystems.Snomed, CcmSystems.PatientRole, "Patient", null)],
            Member = References.To("Patient", plan.PatientId.Value),
        });
        var index = 0;
        foreach (var member in CarePlanExport.VersionOf(plan).Content.CareTeam)
        {
            index++;
            var role = new CodeableConcept { Text = PlanText.Has(member.Role) ? member.Role : member.Kind.ToString() };
            if (member.Kind == CareTeamKind.Caregiver)
            {
                role.Coding.Add(new Coding(ExportSystems.Snomed, CcmSystems.CaregiverRole, "Caregiver"));
            }

            role.Coding.Add(new Coding(CcmSystems.CareTeamKind, KindCode(member.Kind), member.Kind.ToString()));
            var reference = member.StaffId is { } staff && member.Kind == CareTeamKind.Staff
                ? References.To("Practitioner", staff.Value, member.Name)
                : Contain(resource, member, patient, string.Create(CultureInfo.InvariantCulture, $"m{index}"));
            resource.Participant.Add(new CareTeam.ParticipantComponent { Role = [role], Member = reference });
        }

        return resource;
    }

    public static string KindCode(CareTeamKind kind) => kind switch
    {
        CareTeamKind.Staff => "staff",
        CareTeamKind.OutsideProvider => "outside-provider",
        CareTeamKind.Caregiver => "caregiver",
        _ => "community-resource",
    };

    private static ResourceReference Contain(CareTeam team, CareTeamMember member, ResourceReference patient, string id)
    {
        var telecom = Telecom(member).ToList();
        DomainResource contained = member.Kind switch
        {
            CareTeamKind.Caregiver => new RelatedPerson
            {
                Id = id,
                Active = true,
                Patient = patient,
                Name = [new HumanName { Text = member.Name }],
                Relationship = PlanText.Has(member.Relationship) ? [new CodeableConcept { Text = member.Relationship }] : [],
                Telecom = telecom,
            },
            CareTeamKind.CommunityResource => new Organization { Id = id, Active = true, Name = member.Name, Telecom = telecom },
            _ => new Practitioner { Id = id, Active = true, Identifier = Identifiers(member), Name = [PersonNames.Structured(member.Name)], Telecom = telecom },
        };
        team.Contained.Add(contained);
        return new ResourceReference("#" + id, member.Name);
    }

    /// <summary>
    /// The NPI when the plan gives a valid one; always the member's own id in Chronicle's system, so
    /// that a provider whose NPI nobody entered is still identified (US Core requires an identifier).
    /// </summary>
    private static List<Identifier> Identifiers(CareTeamMember member)
    {
        var identifiers = new List<Identifier>();
        if (member.ValidNpi is { } npi)
        {
            identifiers.Add(new Identifier(ExportSystems.Npi, npi.Value));
        }

        identifiers.Add(new Identifier(CcmSystems.CareTeamMember, member.Id.ToString()));
        return identifiers;
    }

    private static IEnumerable<ContactPoint> Telecom(CareTeamMember member)
    {
        if (PlanText.Has(member.Phone))
        {
            yield return new ContactPoint(ContactPoint.ContactPointSystem.Phone, null, member.Phone);
        }

        if (PlanText.Has(member.Email))
        {
            yield return new ContactPoint(ContactPoint.ContactPointSystem.Email, null, member.Email);
        }
    }
}
