namespace Chronicle.Interop.Tests.Fhir;

using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using Chronicle.Interop.Fhir;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;
using DomainCarePlan = Chronicle.Domain.CarePlans.CarePlan;
using FhirCarePlan = Hl7.Fhir.Model.CarePlan;

/// <summary>
/// A CarePlan Chronicle exported is read back as a care plan: its content whole from the contained
/// payload, active as in force and draft as a draft, its care team's staff named by the file's
/// Practitioners; its Goals and CareTeam are views of the plan and are not kept as EHR records.
/// </summary>
public sealed class CarePlanImportMappingTests
{
    private static readonly StaffId NurseStaff = StaffId.New();

    private static readonly PlanActor Nurse = new("nurse", "Rosa Castillo, RN", false);

    private static readonly PlanActor Doctor = new("doctor", "Dr Adams", true);

    private static readonly PlanMoment At = new(new DateTimeOffset(2026, 1, 5, 15, 0, 0, TimeSpan.Zero), new DateOnly(2026, 1, 5));

    [Fact]
    public async Task A_signed_plan_comes_back_in_force_with_every_section_and_its_team_staff_named_by_the_file()
    {
        var plan = Plan(signed: true);
        var exported = Exported(plan);

        var content = await ReadAsync(exported, About(GoalExport.ToFhir(plan.Latest.Content.Goals[0], plan.PatientId, plan.Latest.Content.Problems)), About(CareTeamExport.ToFhir(plan)));

        Assert.Empty(content.Issues);
        var patient = Assert.Single(content.Patients);
        var imported = Assert.Single(patient.CarePlans);
        Assert.True(imported.InForce);
        Assert.Equal(new DateOnly(2026, 1, 5), imported.CreatedOn);
        Assert.Empty(CarePlanDiff.Between(plan.Latest.Content, imported.Content));
        Assert.Equal(NurseStaff.Value.ToString(), Assert.Single(imported.StaffKeys).Value);
        Assert.Empty(patient.Records);
    }

    [Fact]
    public async Task A_draft_plan_stays_a_draft()
    {
        var imported = Assert.Single(Assert.Single((await ReadAsync(Exported(Plan(signed: false)))).Patients).CarePlans);

        Assert.False(imported.InForce);
    }

    [Fact]
    public async Task A_plan_with_a_status_other_than_active_or_draft_is_refused_at_its_status()
    {
        var exported = Exported(Plan(signed: true));
        exported.Status = RequestStatus.Revoked;

        var content = await ReadAsync(exported);

        Assert.Equal("Bundle.entry[2].resource.status", Assert.Single(content.Issues).Path);
        Assert.Empty(Assert.Single(content.Patients).CarePlans);
    }

    [Fact]
    public async Task A_plan_whose_payload_is_not_a_care_plan_is_refused_at_the_payload()
    {
        var exported = Exported(Plan(signed: true));
        ((Binary)exported.Contained[0]).Data = "{\"goals\": 7}"u8.ToArray();

        var content = await ReadAsync(exported);

        Assert.Equal("Bundle.entry[2].resource.contained[0].data", Assert.Single(content.Issues).Path);
    }

    [Fact]
    public async Task A_plan_whose_team_names_staff_missing_from_the_file_is_refused()
    {
        var content = await ReadAsync(Exported(Plan(signed: true)), withNurse: false);

        Assert.Contains(content.Issues, i => i.Path == "Bundle.entry[2].resource.contained[0].data");
        Assert.Empty(Assert.Single(content.Patients).CarePlans);
    }

    [Fact]
    public async Task A_care_plan_from_another_system_stays_an_EHR_record()
    {
        var foreign = new FhirCarePlan { Id = "cp-ehr", Status = RequestStatus.Active, Intent = FhirCarePlan.CarePlanIntent.Plan, Subject = new ResourceReference("Patient/p1") };
        foreign.Category.Add(new CodeableConcept(CcmSystems.CarePlanCategory, "assess-plan"));

        var patient = Assert.Single((await ReadAsync(foreign)).Patients);

        Assert.Empty(patient.CarePlans);
        Assert.Single(patient.Records);
    }

    private static DomainCarePlan Plan(bool signed)
    {
        var problem = new PlanProblem(Guid.NewGuid(), "Type 2 diabetes", ConditionId.New(), "E11.9");
        var content = SampleCarePlans.Complete(problem, "Stable sugars", Guid.NewGuid(), NurseStaff);
        var plan = DomainCarePlan.Start(PracticeId.New(), PatientId.New(), content, Nurse, At);
        if (signed)
        {
            Assert.True(plan.Sign(1, Doctor, At).Succeeded);
        }

        return plan;
    }

    /// <summary>The export of a plan about Patient/p1, the patient of <see cref="ReadAsync(FhirCarePlan, bool, Resource[])"/>.</summary>
    private static FhirCarePlan Exported(DomainCarePlan plan)
    {
        var resource = CarePlanExport.ToFhir(plan);
        resource.Subject = new ResourceReference("Patient/p1");
        return resource;
    }

    private static T About<T>(T resource)
        where T : DomainResource
    {
        switch (resource)
        {
            case Goal goal:
                goal.Subject = new ResourceReference("Patient/p1");
                break;
            case CareTeam team:
                team.Subject = new ResourceReference("Patient/p1");
                break;
        }

        return resource;
    }

    /// <summary>A transaction of a patient and the nurse (entries 0–1), then the resources given, each about Patient/p1.</summary>
    private static Task<FhirFileContent> ReadAsync(FhirCarePlan plan, params Resource[] parts) => ReadAsync(plan, withNurse: true, parts);

    private static Task<FhirFileContent> ReadAsync(FhirCarePlan plan, bool withNurse, params Resource[] parts)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Transaction };
        var patient = new Patient { Id = "p1", BirthDate = "1950-03-12", Gender = AdministrativeGender.Female };
        patient.Name.Add(new HumanName { Family = "Doe", Given = ["Jane"] });
        patient.Identifier.Add(new Identifier { Type = new CodeableConcept("http://terminology.hl7.org/CodeSystem/v2-0203", "MR"), Value = "MRN-9" });
        var nurse = new Practitioner { Id = withNurse ? NurseStaff.Value.ToString() : "someone-else" };
        nurse.Name.Add(new HumanName { Family = "Castillo", Given = ["Rosa"] });
        foreach (var resource in new Resource[] { patient, nurse, plan }.Concat(parts))
        {
            bundle.Entry.Add(new Bundle.EntryComponent { Resource = resource, Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.POST, Url = resource.TypeName } });
        }

        return FhirFixtures.ReadTextAsync("careplan.json", FhirJsonSerializer.Default.SerializeToString(bundle));
    }
}
