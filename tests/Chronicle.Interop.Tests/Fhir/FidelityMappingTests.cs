namespace Chronicle.Interop.Tests.Fhir;

using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using Chronicle.Domain.Eligibility;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;
using Condition = Chronicle.Domain.Patients.Condition;
using Patient = Chronicle.Domain.Patients.Patient;
using Task = System.Threading.Tasks.Task;

/// <summary>
/// Round-trip fidelity of the mappers (issue 18): what a source wrote comes back as written, and
/// the practice's local date of an instant is derived, never stored instead of it.
/// </summary>
public sealed class FidelityMappingTests
{
    private const string Instant = "2012-08-13T03:37:05+00:00";

    private static readonly Practice Practice = Practice.Create(new PracticeDetails(
        "Riverbend Family Medicine", Npi.Parse("1999999992"), "123456789", Chronicle.Domain.Common.Address.Empty, null, PracticeTimeZone.Parse("America/Chicago"), "11"));

    private static readonly string Bundle = $$$"""
        {"resourceType":"Bundle","type":"transaction","entry":[
        {"fullUrl":"urn:uuid:p1","resource":{"resourceType":"Patient","id":"p1",
          "extension":[
            {"url":"http://hl7.org/fhir/us/core/StructureDefinition/us-core-race","extension":[
              {"url":"ombCategory","valueCoding":{"system":"urn:oid:2.16.840.1.113883.6.238","code":"2106-3","display":"White"}},
              {"url":"detailed","valueCoding":{"system":"urn:oid:2.16.840.1.113883.6.238","code":"2108-9","display":"European"}},
              {"url":"text","valueString":"White European"}]},
            {"url":"http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity","extension":[
              {"url":"ombCategory","valueCoding":{"system":"urn:oid:2.16.840.1.113883.6.238","code":"2135-2"}},
              {"url":"text","valueString":"Hispanic or Latino"}]},
            {"url":"http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex","valueCode":"F"}],
          "identifier":[{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR"}]},"value":"MRN-9"}],
          "name":[{"use":"official","family":"Porras","given":["Juana"],"prefix":["Ms."],"suffix":["PhD"]}],
          "gender":"female","birthDate":"1950-03-12",
          "maritalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-MaritalStatus","code":"S"}]},
          "communication":[{"language":{"coding":[{"system":"urn:ietf:bcp:47","code":"es","display":"Spanish"}]}}]},
         "request":{"method":"POST","url":"Patient"}},
        {"fullUrl":"urn:uuid:e1","resource":{"resourceType":"Encounter","id":"e1","status":"finished",
          "identifier":[{"system":"https://github.com/synthetichealth/synthea","value":"e1"}],
          "class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB"},
          "type":[{"coding":[{"system":"http://snomed.info/sct","code":"162673000","display":"General examination of patient (procedure)"}]}],
          "subject":{"reference":"urn:uuid:p1"},
          "participant":[{"individual":{"reference":"Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|9999749697","display":"Dr. Raquel Ortiz"}}],
          "period":{"start":"{{{Instant}}}","end":"2012-08-13T04:07:05+00:00"}},
         "request":{"method":"POST","url":"Encounter"}},
        {"fullUrl":"urn:uuid:c1","resource":{"resourceType":"Condition","id":"c1",
          "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"resolved"}]},
          "verificationStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-ver-status","code":"confirmed"}]},
          "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-category","code":"encounter-diagnosis"}]}],
          "code":{"coding":[{"system":"http://snomed.info/sct","code":"444814009","display":"Viral sinusitis (disorder)"}]},
          "subject":{"reference":"urn:uuid:p1"},"encounter":{"reference":"urn:uuid:e1"},
          "onsetDateTime":"{{{Instant}}}","abatementDateTime":"2012-08-27T03:37:05+00:00","recordedDate":"{{{Instant}}}"},
         "request":{"method":"POST","url":"Condition"}}]}
        """;

    [Fact]
    public async Task An_instant_keeps_its_text_and_its_date_of_service_is_the_practices_local_date()
    {
        var patient = Assert.Single((await FhirFixtures.ReadTextAsync("fidelity.json", Bundle)).Patients);
        var visit = Assert.Single(patient.Visits).Details;
        var condition = Assert.Single(patient.Conditions).Details;

        // 03:37 UTC on 13 August is the evening of 12 August in Chicago.
        Assert.Equal(new DateOnly(2012, 8, 12), visit.Date);
        Assert.Equal(Instant, visit.Source!.StartedAt!.Text);
        Assert.Equal(new DateOnly(2012, 8, 12), condition.OnsetDate);
        Assert.Equal((Instant, Instant), (condition.Source!.OnsetAt!.Text, condition.Source.RecordedAt!.Text));
        Assert.Equal((ConditionCategory.EncounterDiagnosis, "confirmed", "e1"), (condition.Source.Category, condition.Source.VerificationStatus, condition.Source.EncounterKey));
    }

    [Fact]
    public async Task Served_conditions_and_encounters_carry_what_the_source_wrote()
    {
        var imported = Assert.Single((await FhirFixtures.ReadTextAsync("fidelity.json", Bundle)).Patients);
        var patient = Patient.Create(Practice.Id, imported.Details, FhirFixtures.Today);
        var visit = Visit.Create(Practice.Id, patient.Id, imported.Visits[0].Details);
        var condition = Condition.Create(Practice.Id, patient.Id, imported.Conditions[0].Details, ChronicClassification.Unclassified);

        var encounter = EncounterExport.ToFhir(visit, Practice, new Dictionary<Npi, StaffMember>());
        var served = ConditionExport.ToFhir(condition, visit.Id.Value);

        Assert.Equal((Instant, "2012-08-13T04:07:05+00:00"), (encounter.Period!.Start, encounter.Period.End));
        Assert.Equal(["http://snomed.info/sct|162673000"], encounter.Type.SelectMany(t => t.Coding).Select(c => $"{c.System}|{c.Code}").ToArray());
        Assert.Equal(["https://github.com/synthetichealth/synthea|e1"], encounter.Identifier.Select(i => $"{i.System}|{i.Value}").ToArray());
        Assert.Equal(("9999749697", "Dr. Raquel Ortiz"), (encounter.Participant.Single().Individual!.Identifier!.Value, encounter.Participant[0].Individual!.Display));
        Assert.Equal((Instant, "2012-08-27T03:37:05+00:00", Instant), (((FhirDateTime)served.Onset!).Value, ((FhirDateTime)served.Abatement!).Value, served.RecordedDate));
        Assert.Equal(("encounter-diagnosis", "confirmed"), (served.Category.Single().Coding[0].Code, served.VerificationStatus!.Coding[0].Code));
        Assert.Equal($"Encounter/{visit.Id.Value}", served.Encounter!.Reference);
        Assert.Equal(UsCoreProfiles.ConditionEncounterDiagnosis, served.Meta!.Profile.Single());
    }

    [Fact]
    public async Task A_patient_keeps_race_ethnicity_birth_sex_language_name_affixes_and_marital_status()
    {
        var imported = Assert.Single((await FhirFixtures.ReadTextAsync("fidelity.json", Bundle)).Patients);
        var patient = Patient.Create(Practice.Id, imported.Details, FhirFixtures.Today);

        var served = PatientExport.ToFhir(patient, Practice);

        Assert.Equal("es", patient.PreferredLanguage);
        Assert.Equal(("es", true), (served.Communication.Single().Language!.Coding[0].Code, served.Communication[0].Preferred));
        Assert.Equal(("Ms.", "PhD"), (served.Name[0].Prefix.Single(), served.Name[0].Suffix.Single()));
        Assert.Equal("S", served.MaritalStatus!.Coding[0].Code);
        Assert.Equal("F", served.GetExtensionValue<Code>("http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex").Value);
        var race = served.GetExtension("http://hl7.org/fhir/us/core/StructureDefinition/us-core-race");
        Assert.Equal(["ombCategory:2106-3", "detailed:2108-9"], race.Extension.Where(e => e.Url != "text").Select(e => $"{e.Url}:{((Coding)e.Value!).Code}").ToArray());
        Assert.Equal("White European", race.GetExtensionValue<FhirString>("text").Value);
        var ethnicity = served.GetExtension("http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity");
        Assert.Equal(("2135-2", "Hispanic or Latino"), (((Coding)ethnicity.Extension[0].Value!).Code, ethnicity.GetExtensionValue<FhirString>("text").Value));
    }

    [Fact]
    public async Task A_language_that_is_not_a_language_tag_is_an_issue_naming_its_path()
    {
        var content = await FhirFixtures.ReadTextAsync("fidelity.json", Bundle.Replace("\"code\":\"es\"", "\"code\":\"Spanish language\"", StringComparison.Ordinal));

        Assert.Empty(content.Patients);
        Assert.Contains(content.Issues, issue => issue.Path == "Bundle.entry[0].resource.communication[0].language.coding[0].code"
            && issue.Reason.Contains("not a language tag", StringComparison.Ordinal));
    }

    [Fact]
    public void A_contained_outside_provider_carries_its_NPI_and_a_structured_name()
    {
        var content = SampleCarePlans.Complete(new PlanProblem(Guid.NewGuid(), "Heart failure", null, "I50.9"), "Stay out of hospital", Guid.NewGuid(), StaffId.New()) with
        {
            CareTeam = [new CareTeamMember(Guid.NewGuid(), CareTeamKind.OutsideProvider, "Dr Samuel Osei, MD", "Cardiologist", Npi: "1234567893")],
        };
        var plan = Domain.CarePlans.CarePlan.Start(Practice.Id, PatientId.New(), content, new PlanActor("nurse", "Rosa Castillo, RN", false),
            new PlanMoment(new DateTimeOffset(2026, 1, 5, 15, 0, 0, TimeSpan.Zero), new DateOnly(2026, 1, 5)));

        var team = CareTeamExport.ToFhir(plan);

        var provider = Assert.IsType<Practitioner>(Assert.Single(team.Contained));
        Assert.Equal("http://hl7.org/fhir/sid/us-npi|1234567893", provider.Identifier.Select(i => $"{i.System}|{i.Value}").First());
        var name = provider.Name.Single();
        Assert.Equal(("Osei", "Samuel", "Dr", "MD", "Dr Samuel Osei, MD"), (name.Family, name.Given.Single(), name.Prefix.Single(), name.Suffix.Single(), name.Text));
    }
}
