namespace Chronicle.IntegrationTests.Fhir.Api;

using System.Net;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;

/// <summary>Search over the demo practice: paging links, parameters, _include and $everything, for a signed-in care manager.</summary>
public sealed class FhirSearchTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Paging_links_walk_every_patient_once_forward_and_back(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);

        var first = await FhirHttp.SearchAsync(client, "/fhir/Patient?_count=10");
        var all = await FhirHttp.SearchAllAsync(client, "/fhir/Patient?_count=10");
        var second = await FhirHttp.SearchAsync(client, new Uri(first.Link.Single(l => l.Relation == "next").Url!).PathAndQuery);
        var last = await FhirHttp.SearchAsync(client, "/fhir/Patient?_count=10&_offset=40");

        Assert.Equal(Bundle.BundleType.Searchset, first.Type);
        Assert.Equal(48, first.Total);
        Assert.Equal(10, first.Entry.Count);
        Assert.DoesNotContain(first.Link, l => l.Relation == "previous");
        Assert.Equal(48, all.Select(p => p.Id).Distinct().Count());
        Assert.Equal(all.Take(10).Select(p => p.Id), first.Entry.Select(e => e.Resource!.Id));
        Assert.Equal(all.Skip(10).Take(10).Select(p => p.Id), second.Entry.Select(e => e.Resource!.Id));
        Assert.EndsWith("/fhir/Patient?_count=10&_offset=0", second.Link.Single(l => l.Relation == "previous").Url, StringComparison.Ordinal);
        Assert.Equal(8, last.Entry.Count);
        Assert.DoesNotContain(last.Link, l => l.Relation == "next");
        Assert.All(first.Entry, e => Assert.Equal($"https://localhost/fhir/Patient/{e.Resource!.Id}", e.FullUrl));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Search_parameters_narrow_the_matches_and_include_brings_the_referenced_resources(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var patient = await PatientAsync(client, DemoSignIns.PatientMrn);

        var conditions = await FhirHttp.SearchAsync(client, $"/fhir/Condition?patient=Patient/{patient.Id}&_include=Condition:patient");
        var byCode = await FhirHttp.SearchAllAsync(client, "/fhir/Condition?code=http://hl7.org/fhir/sid/icd-10-cm|I10&_count=100");
        var byBareCode = await FhirHttp.SearchAllAsync(client, "/fhir/Condition?code=I10,E119&_count=100");
        var resolved = await FhirHttp.SearchAllAsync(client, "/fhir/Condition?clinical-status=resolved&_count=100");
        var roles = await FhirHttp.SearchAsync(client, "/fhir/PractitionerRole?role=billing-practitioner&_include=PractitionerRole:practitioner&_include=PractitionerRole:organization");
        var byBirth = await FhirHttp.SearchAllAsync(client, $"/fhir/Patient?birthdate={patient.BirthDate}&name={patient.Name[0].Family![..4].ToUpperInvariant()}");
        var visits = await FhirHttp.SearchAllAsync(client, $"/fhir/Encounter?patient={patient.Id}&date=ge2000&date=lt2100-01&status=finished");
        var none = await FhirHttp.SearchAsync(client, $"/fhir/Encounter?patient={patient.Id}&date=lt2000");

        var matches = conditions.Entry.Where(e => e.Search!.Mode == Bundle.SearchEntryMode.Match).Select(e => Assert.IsType<Condition>(e.Resource)).ToList();
        var included = Assert.Single(conditions.Entry, e => e.Search!.Mode == Bundle.SearchEntryMode.Include);
        Assert.NotEmpty(matches);
        Assert.All(matches, c => Assert.Equal($"Patient/{patient.Id}", c.Subject!.Reference));
        Assert.Equal(patient.Id, included.Resource!.Id);
        Assert.NotEmpty(byCode);
        Assert.All(byCode.Cast<Condition>(), c => Assert.Equal("I10", c.Code!.Coding[0].Code));
        Assert.True(byBareCode.Count > byCode.Count);
        Assert.All(byBareCode.Cast<Condition>(), c => Assert.Contains(c.Code!.Coding[0].Code, new[] { "I10", "E11.9" }));
        Assert.NotEmpty(resolved);
        Assert.All(resolved.Cast<Condition>(), c => Assert.Equal("resolved", c.ClinicalStatus!.Coding[0].Code));
        Assert.Equal(2, roles.Entry.Count(e => e.Search!.Mode == Bundle.SearchEntryMode.Match));
        Assert.Equal(["Organization", "Practitioner", "Practitioner"], roles.Entry.Where(e => e.Search!.Mode == Bundle.SearchEntryMode.Include).Select(e => e.Resource!.TypeName).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(byBirth, p => p.Id == patient.Id);
        Assert.Single(visits);
        Assert.Equal(0, none.Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Everything_returns_the_patient_their_records_and_the_practice_and_staff_they_refer_to(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var patient = await PatientAsync(client, DemoSignIns.PatientMrn);

        var everything = await FhirHttp.SearchAsync(client, $"/fhir/Patient/{patient.Id}/$everything");
        var conditions = await FhirHttp.SearchAllAsync(client, $"/fhir/Condition?patient={patient.Id}");
        var record = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var type in new[] { "Consent", "EpisodeOfCare", "CarePlan", "Goal", "CareTeam", "Procedure", "Observation", "Immunization", "MedicationRequest", "Coverage" })
        {
            record[type] = (await FhirHttp.SearchAllAsync(client, $"/fhir/{type}?patient={patient.Id}&_count=100")).Count;
        }

        var caregivers = (await FhirHttp.SearchAllAsync(client, $"/fhir/RelatedPerson?patient={patient.Id}")).Count;

        var types = everything.Entry.GroupBy(e => e.Resource!.TypeName).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(1, types["Patient"]);
        Assert.Equal(caregivers, types.GetValueOrDefault("RelatedPerson"));
        Assert.Equal(conditions.Count, types["Condition"]);
        Assert.Equal(1, types["Encounter"]);
        Assert.Equal(1, types["Organization"]);
        Assert.All(record, r => Assert.True(r.Value > 0 && types[r.Key] == r.Value, $"{r.Key}: {r.Value} by search, {types.GetValueOrDefault(r.Key)} in $everything"));
        Assert.Equal(1 + conditions.Count + 1 + record.Values.Sum() + caregivers, everything.Total);
        var encounter = everything.Entry.Select(e => e.Resource).OfType<Encounter>().Single();
        var practitioners = everything.Entry.Select(e => e.Resource).OfType<Practitioner>().Select(p => $"Practitioner/{p.Id}").ToList();
        var referenced = everything.Entry.Where(e => e.Search!.Mode == Bundle.SearchEntryMode.Match).Select(e => e.Resource!)
            .SelectMany(Chronicle.Interop.Fhir.Export.SearchBundles.ReferencesIn).Where(r => r.Type == "Practitioner").Select(r => $"Practitioner/{r.Id}").Distinct();
        Assert.Equal(referenced.Order(StringComparer.Ordinal), practitioners.Order(StringComparer.Ordinal));
        Assert.Contains(encounter.Participant.Single().Individual!.Reference, practitioners);
    }

    private static async Task<Patient> PatientAsync(HttpClient client, string mrn)
    {
        var found = await FhirHttp.SearchAsync(client, $"/fhir/Patient?identifier={mrn}");
        Assert.Equal(1, found.Total);
        return Assert.IsType<Patient>(found.Entry.Single().Resource);
    }
}
