namespace Chronicle.Interop.Tests.Fhir;

using Chronicle.Domain.Enrollment;
using ClinicalRecordKind = Chronicle.Domain.Patients.ClinicalRecordKind;
using Chronicle.Domain.Time;
using Chronicle.Interop.Fhir;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;

/// <summary>Consent, EpisodeOfCare and Procedure with Chronicle's codings are read as CCM records; the same types from other systems are not.</summary>
public sealed class CcmImportMappingTests
{
    [Fact]
    public async Task A_consent_with_the_care_program_coding_becomes_a_ledger_consent_naming_its_practitioner_by_NPI()
    {
        var patient = Assert.Single((await ReadAsync(OurConsent())).Patients);

        var consent = Assert.Single(patient.Consents);
        Assert.Equal(
            (CareProgram.Ccm, "1234567893", new DateOnly(2025, 1, 10), ConsentMethod.Verbal, ConsentDecision.Accepted, ConsentDisclosures.Availability | ConsentDisclosures.RightToStop, "cm-1", (DateOnly?)new DateOnly(2025, 3, 31)),
            (consent.Program, consent.PractitionerKey, consent.Date, consent.Method, consent.Decision, consent.Disclosures, consent.ObtainedByKey, consent.RevokedOn));
        Assert.Empty(patient.Records);
    }

    [Fact]
    public async Task A_consent_without_Chronicle_codings_stays_an_EHR_record_and_a_foreign_procedure_or_episode_is_skipped()
    {
        var foreignConsent = new Consent { Id = "c-ehr", Status = Consent.ConsentState.Active, Patient = new ResourceReference("Patient/p1"), Scope = new CodeableConcept(CcmSystems.ConsentScope, "treatment") };
        foreignConsent.Category.Add(new CodeableConcept(CcmSystems.Loinc, CcmSystems.PatientConsent));
        var foreignProcedure = new Procedure { Id = "proc-ehr", Status = EventStatus.Completed, Subject = new ResourceReference("Patient/p1"), Code = new CodeableConcept("http://snomed.info/sct", "430193006") };
        var foreignEpisode = new EpisodeOfCare { Id = "eoc-ehr", Status = EpisodeOfCare.EpisodeOfCareStatus.Active, Patient = new ResourceReference("Patient/p1") };

        var content = await ReadAsync(foreignConsent, foreignProcedure, foreignEpisode);

        var patient = Assert.Single(content.Patients);
        Assert.Equal(ClinicalRecordKind.Consent, Assert.Single(patient.Records).Details.Kind);
        Assert.Empty(patient.Consents);
        Assert.Empty(patient.Enrollments);
        Assert.Empty(patient.TimeEntries);
        Assert.Equal(2, content.Skipped);
        Assert.Empty(content.Issues);
    }

    [Fact]
    public async Task A_procedure_with_the_time_activity_coding_becomes_a_time_entry_of_the_period_in_seconds()
    {
        var patient = Assert.Single((await ReadAsync(OurProcedure("2025-02-03T15:00:00Z", "2025-02-03T15:12:30Z"))).Patients);

        var entry = Assert.Single(patient.TimeEntries);
        Assert.Equal(
            (CareProgram.Ccm, "cm-1", PerformerClass.ClinicalStaff, TimeActivity.Other, new DateTimeOffset(2025, 2, 3, 15, 0, 0, TimeSpan.Zero), 750, "Called about refills"),
            (entry.Program, entry.StaffKey, entry.Performer, entry.Activity, entry.Start, entry.Seconds, entry.Note));
    }

    [Fact]
    public async Task A_procedure_with_the_time_activity_coding_but_no_performed_period_is_refused_at_its_path()
    {
        var procedure = OurProcedure("2025-02-03T15:00:00Z", "2025-02-03T15:12:30Z");
        procedure.Performed = new FhirDateTime("2025-02-03");

        var content = await ReadAsync(procedure);

        var issue = Assert.Single(content.Issues);
        Assert.Equal("Bundle.entry[2].resource.performedPeriod", issue.Path);
        Assert.Empty(Assert.Single(content.Patients).TimeEntries);
    }

    [Fact]
    public async Task An_episode_of_care_with_the_program_coding_keeps_its_state_period_and_care_manager()
    {
        var episode = new EpisodeOfCare
        {
            Id = "eoc-1",
            Status = EpisodeOfCare.EpisodeOfCareStatus.Finished,
            Patient = new ResourceReference("Patient/p1"),
            Period = new Period { Start = "2025-01-10", End = "2025-04-30" },
            CareManager = new ResourceReference("Practitioner/cm-1"),
        };
        episode.Type.Add(new CodeableConcept(CcmSystems.Program, "ccm"));

        var enrollment = Assert.Single(Assert.Single((await ReadAsync(episode)).Patients).Enrollments);

        Assert.Equal(
            (CareProgram.Ccm, FhirEpisodeState.Finished, (DateOnly?)new DateOnly(2025, 1, 10), (DateOnly?)new DateOnly(2025, 4, 30), "cm-1"),
            (enrollment.Program, enrollment.State, enrollment.Start, enrollment.End, enrollment.CareManagerKey));
    }

    private static Consent OurConsent()
    {
        var consent = new Consent
        {
            Id = "consent-1",
            Status = Consent.ConsentState.Inactive,
            Patient = new ResourceReference("Patient/p1"),
            DateTime = "2025-01-10",
            Scope = new CodeableConcept(CcmSystems.ConsentScope, "treatment"),
            Provision = new Consent.provisionComponent { Type = Consent.ConsentProvisionType.Permit, Period = new Period { Start = "2025-01-10", End = "2025-03-31" } },
        };
        consent.Category.Add(new CodeableConcept(CcmSystems.Loinc, CcmSystems.PatientConsent));
        consent.Category.Add(new CodeableConcept(CcmSystems.Program, "ccm"));
        consent.Category.Add(new CodeableConcept(CcmSystems.ConsentMethod, "verbal"));
        consent.Provision.Actor.Add(new Consent.provisionActorComponent { Role = new CodeableConcept(CcmSystems.ParticipationType, ConsentExport.PrimaryPerformer), Reference = new ResourceReference("Practitioner/doc-1") });
        consent.Provision.Actor.Add(new Consent.provisionActorComponent { Role = new CodeableConcept(CcmSystems.ParticipationType, ConsentExport.Verifier), Reference = new ResourceReference("Practitioner/cm-1") });
        consent.Provision.Code.Add(new CodeableConcept(CcmSystems.Disclosure, "availability"));
        consent.Provision.Code.Add(new CodeableConcept(CcmSystems.Disclosure, "right-to-stop"));
        return consent;
    }

    private static Procedure OurProcedure(string start, string end)
    {
        var procedure = new Procedure
        {
            Id = "time-1",
            Status = EventStatus.Completed,
            Subject = new ResourceReference("Patient/p1"),
            Category = new CodeableConcept(CcmSystems.Program, "ccm"),
            Code = new CodeableConcept(CcmSystems.TimeActivity, "other"),
            Performed = new Period(new FhirDateTime(start), new FhirDateTime(end)),
        };
        procedure.Performer.Add(new Procedure.PerformerComponent { Function = new CodeableConcept(CcmSystems.Performer, "clinical-staff"), Actor = new ResourceReference("Practitioner/cm-1") });
        procedure.Note.Add(new Annotation { Text = "Called about refills" });
        return procedure;
    }

    /// <summary>A transaction of a patient, a doctor with an NPI (entry 0–1, then the resources given, then a care manager without one).</summary>
    private static System.Threading.Tasks.Task<FhirFileContent> ReadAsync(params Resource[] resources)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Transaction };
        var patient = new Patient { Id = "p1", BirthDate = "1950-03-12", Gender = AdministrativeGender.Female };
        patient.Name.Add(new HumanName { Family = "Doe", Given = ["Jane"] });
        patient.Identifier.Add(new Identifier { Type = new CodeableConcept("http://terminology.hl7.org/CodeSystem/v2-0203", "MR"), Value = "MRN-9" });
        var doctor = new Practitioner { Id = "doc-1" };
        doctor.Identifier.Add(new Identifier("http://hl7.org/fhir/sid/us-npi", "1234567893"));
        doctor.Name.Add(new HumanName { Family = "Lee", Given = ["Ann"] });
        var manager = new Practitioner { Id = "cm-1" };
        manager.Name.Add(new HumanName { Family = "Ray", Given = ["Bo"] });
        foreach (var resource in new Resource[] { patient, doctor }.Concat(resources).Append(manager))
        {
            bundle.Entry.Add(new Bundle.EntryComponent { Resource = resource, Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.POST, Url = resource.TypeName } });
        }

        return FhirFixtures.ReadTextAsync("ccm.json", FhirJsonSerializer.Default.SerializeToString(bundle));
    }
}
