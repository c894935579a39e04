namespace Chronicle.IntegrationTests.Fhir.Api;

using System.Net;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;

/// <summary>
/// A patient exported with $everything and posted as a transaction into another practice's empty
/// database comes back out the same: demographics, problem list and visits with their practitioner.
/// </summary>
public sealed class FhirRoundTripTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_patient_exported_with_everything_and_posted_elsewhere_exports_the_same(string provider)
    {
        await using var trip = await FhirRoundTrip.CreateAsync(provider);

        var exported = await trip.ExportAsync();
        var posted = await trip.PostAsync(FhirRoundTrip.AsTransaction(exported));
        Assert.True(posted.Status == HttpStatusCode.OK, posted.ToString());
        var again = await trip.ExportAgainAsync();

        Assert.Equal(Describe(exported), Describe(again));
    }

    /// <summary>What must survive the trip, without the server-assigned ids.</summary>
    private static string[] Describe(Bundle everything)
    {
        var resources = everything.Entry.Select(e => e.Resource!).ToList();
        var patient = resources.OfType<Patient>().Single();
        var practitioners = resources.OfType<Practitioner>().Where(p => p.Identifier.Any(i => i.System == "http://hl7.org/fhir/sid/us-npi")).ToDictionary(p => $"Practitioner/{p.Id}", p => p.Identifier.First(i => i.System == "http://hl7.org/fhir/sid/us-npi").Value);
        return
        [
            $"patient {patient.Name[0].Family}, {string.Join(' ', patient.Name[0].Given)} {patient.BirthDate} {patient.Gender} " +
                string.Join(' ', patient.Identifier.Select(i => $"{i.Type?.Coding[0].Code}={i.Value}")) + $" {patient.Telecom.SingleOrDefault()?.Value} {patient.Address.SingleOrDefault()?.City}",
            .. resources.OfType<Condition>()
                .Select(c => $"condition {c.Code!.Coding[0].System}|{c.Code.Coding[0].Code} {c.Code.Text} {c.ClinicalStatus!.Coding[0].Code} {c.Onset} {c.Abatement}")
                .Order(StringComparer.Ordinal),
            .. resources.OfType<Encounter>()
                .Select(e => $"encounter {e.Period!.Start} {e.Type.Single().Coding[0].Code} {e.Type.Single().Text} by {practitioners[e.Participant.Single().Individual!.Reference!]}")
                .Order(StringComparer.Ordinal),
        ];
    }
}
