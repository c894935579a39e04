namespace Chronicle.IntegrationTests.Fhir.Api;

using System.Net;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;

/// <summary>
/// The US Core searches over the demo practice's clinical record, for a signed-in care manager:
/// Observation by patient+category, patient+code and patient+category+date; AllergyIntolerance and
/// Immunization by patient; MedicationRequest by patient, patient+intent and patient+intent+status.
/// </summary>
public sealed class ClinicalSearchTests
{
    private const string Weight = "http://loinc.org|29463-7";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Observation_searches_narrow_by_patient_category_code_and_date(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var patient = await PatientAsync(client, DemoSignIns.PatientMrn);

        var vitals = await FhirHttp.SearchAllAsync(client, $"/fhir/Observation?patient={patient.Id}&category=vital-signs&_count=100");
        var labs = await FhirHttp.SearchAllAsync(client, $"/fhir/Observation?patient={patient.Id}&category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory");
        var weights = await FhirHttp.SearchAllAsync(client, $"/fhir/Observation?patient=Patient/{patient.Id}&code={Weight}");
        var since2000 = await FhirHttp.SearchAllAsync(client, $"/fhir/Observation?patient={patient.Id}&category=vital-signs&date=ge2000-01-01&_count=100");
        var before2000 = await FhirHttp.SearchAsync(client, $"/fhir/Observation?patient={patient.Id}&category=vital-signs&date=lt2000-01-01");
        var everyA1c = await FhirHttp.SearchAllAsync(client, "/fhir/Observation?code=4548-4&_count=100");

        Assert.NotEmpty(vitals);
        Assert.All(vitals.Cast<Observation>(), o =>
        {
            Assert.Equal($"Patient/{patient.Id}", o.Subject!.Reference);
            Assert.Equal("vital-signs", o.Category.Single().Coding.Single().Code);
        });
        Assert.Contains(vitals.Cast<Observation>(), o => o.Component.Count == 2 && o.Meta!.Profile.Single() == "http://hl7.org/fhir/us/core/StructureDefinition/us-core-blood-pressure");
        Assert.All(labs.Cast<Observation>(), o => Assert.Equal("laboratory", o.Category.Single().Coding.Single().Code));
        Assert.Equal(6, weights.Count);
        Assert.All(weights.Cast<Observation>(), o => Assert.Equal("kg", Assert.IsType<Quantity>(o.Value).Code));
        Assert.Equal(vitals.Count, since2000.Count);
        Assert.Equal(0, before2000.Total);
        Assert.NotEmpty(everyA1c);
        Assert.All(everyA1c.Cast<Observation>(), o => Assert.Equal("%", Assert.IsType<Quantity>(o.Value).Code));
        // Harold is diabetic: an A1c every three months of the six, and no other lab.
        Assert.Equal(2, labs.Count);
        Assert.All(labs, o => Assert.Contains(everyA1c, a => a.Id == o.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Prescriptions_allergies_and_immunizations_are_found_by_patient_and_prescriptions_by_intent_and_status(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var harold = await PatientAsync(client, DemoSignIns.PatientMrn);
        var allergic = await PatientAsync(client, DemoSignIns.SharedWithProviderMrn);

        var prescriptions = await FhirHttp.SearchAllAsync(client, $"/fhir/MedicationRequest?patient={harold.Id}");
        var orders = await FhirHttp.SearchAllAsync(client, $"/fhir/MedicationRequest?patient={harold.Id}&intent=order&status=active");
        var plans = await FhirHttp.SearchAsync(client, $"/fhir/MedicationRequest?patient={harold.Id}&intent=plan");
        var allergies = await FhirHttp.SearchAllAsync(client, $"/fhir/AllergyIntolerance?patient={allergic.Id}");
        var noAllergies = await FhirHttp.SearchAsync(client, $"/fhir/AllergyIntolerance?patient={harold.Id}");
        var immunizations = await FhirHttp.SearchAllAsync(client, $"/fhir/Immunization?patient={harold.Id}");
        var read = await FhirHttp.GetAsync(client, $"/fhir/MedicationRequest/{prescriptions[0].Id}");

        // Harold has type 2 diabetes and hypertension: metformin and lisinopril.
        Assert.Equal(["314076", "860975"], prescriptions.Cast<MedicationRequest>().Select(m => ((CodeableConcept)m.Medication).Coding.Single().Code).Order(StringComparer.Ordinal));
        Assert.Equal(prescriptions.Select(p => p.Id).Order(StringComparer.Ordinal), orders.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.All(orders.Cast<MedicationRequest>(), m => Assert.False(string.IsNullOrEmpty(m.DosageInstruction.Single().Text)));
        Assert.Equal(0, plans.Total);
        var allergy = Assert.IsType<AllergyIntolerance>(Assert.Single(allergies));
        Assert.Equal("91936005", allergy.Code!.Coding.Single().Code);
        Assert.Equal("confirmed", allergy.VerificationStatus!.Coding.Single().Code);
        Assert.Equal(0, noAllergies.Total);
        Assert.Equal("197", Assert.IsType<Immunization>(Assert.Single(immunizations)).VaccineCode!.Coding.Single().Code);
        Assert.Equal(HttpStatusCode.OK, read.Status);
    }

    private static async Task<Patient> PatientAsync(HttpClient client, string mrn)
    {
        var found = await FhirHttp.SearchAsync(client, $"/fhir/Patient?identifier={mrn}");
        return Assert.IsType<Patient>(found.Entry.Single().Resource);
    }
}
