namespace Chronicle.IntegrationTests.Fhir.Api;

using System.Globalization;
using System.Net;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Task = System.Threading.Tasks.Task;

/// <summary>What the API returns over the demo practice is valid FHIR R4, and the CapabilityStatement says what is served.</summary>
public sealed class FhirValidityTests
{
    private static readonly string[] ServedTypes =
    [
        "AllergyIntolerance", "CarePlan", "CareTeam", "ChargeItem", "Claim", "Condition", "Consent", "Coverage", "Encounter", "EpisodeOfCare", "Goal",
        "Immunization", "MedicationRequest", "MedicationStatement", "Observation", "Organization", "Patient", "Practitioner", "PractitionerRole",
        "Procedure", "RelatedPerson",
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_resource_the_API_returns_over_the_demo_practice_validates_against_base_R4(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = FhirHttp.TokenClient(app);
        var (_, token) = await FhirHttp.IssueTokenAsync(app, database, "--name", "Validator", "--write");
        // The demo practice keeps no medications: a small EHR bundle brings some, through the API itself.
        var posted = await FhirHttp.SendAsync(client, HttpMethod.Post, "/fhir", token, await File.ReadAllTextAsync(FhirImportHelpers.Fixture("transaction-small.json"), TestContext.Current.CancellationToken));
        Assert.True(posted.Status == HttpStatusCode.OK, posted.ToString());
        await CloseFirstDemoMonthAsync(database);

        var resources = new List<Resource>();
        foreach (var type in ServedTypes)
        {
            var found = await FhirHttp.SearchAllAsync(client, $"/fhir/{type}?_count=100", token);
            Assert.True(found.Count > 0, $"No {type} was returned.");
            resources.AddRange(found);
        }

        var patient = resources.OfType<Patient>().First(p => p.Identifier.Any(i => i.Value == DemoSignIns.PatientMrn));
        var everything = await FhirHttp.SearchAsync(client, $"/fhir/Patient/{patient.Id}/$everything", token);
        var metadata = await FhirHttp.GetAsync(client, "/fhir/metadata");
        resources.AddRange(everything.Entry.Select(e => e.Resource!));
        resources.Add(metadata.Resource);
        resources.Add(everything);
        resources.Add(posted.Resource);

        var errors = resources.SelectMany(FhirValidation.Errors).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(30)));
        Assert.Equal(48 + 1, resources.OfType<Patient>().Select(p => p.Id).Distinct().Count());
    }

    /// <summary>The demo logs last month's time and keeps no claims: month close over that month makes the claims ChargeItem and Claim serve.</summary>
    internal static async Task CloseFirstDemoMonthAsync(TestDatabase database)
    {
        int month;
        await using (var db = database.NewContext())
        {
            month = await db.TimeEntries.MinAsync(e => e.MonthKey, TestContext.Current.CancellationToken);
        }

        var closed = await CliRunner.RunAsync(database, "billing", "close", "--month", string.Create(CultureInfo.InvariantCulture, $"{month / 100:D4}-{month % 100:D2}"));
        Assert.True(closed.ExitCode == 0, closed.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_capability_statement_lists_exactly_the_types_parameters_and_includes_served(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = FhirHttp.TokenClient(app);

        var answer = await FhirHttp.GetAsync(client, "/fhir/metadata");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var statement = Assert.IsType<CapabilityStatement>(answer.Resource);
        var rest = Assert.Single(statement.Rest);
        Assert.Equal(ServedTypes, rest.Resource.Select(r => r.Type!).ToArray());
        Assert.Equal(["transaction", "batch"], rest.Interaction.Select(i => i.Code!.Value.ToString().ToLowerInvariant()).ToArray());
        var condition = rest.Resource.Single(r => r.Type == "Condition");
        Assert.Equal(["_id", "patient", "subject", "code", "clinical-status", "category", "onset-date", "abatement-date"], condition.SearchParam.Select(p => p.Name!).ToArray());
        Assert.Equal(["Condition:patient"], condition.SearchInclude.Select(i => i!).ToArray());
        Assert.Equal("everything", Assert.Single(rest.Resource.Single(r => r.Type == "Patient").Operation).Name);
        Assert.Contains("http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient", rest.Resource.Single(r => r.Type == "Patient").SupportedProfile);

        // Every advertised parameter is accepted by the search it describes (strict handling refuses unknown ones).
        var (_, token) = await FhirHttp.IssueTokenAsync(app, database, "--name", "Reader");
        foreach (var resource in rest.Resource)
        {
            foreach (var parameter in resource.SearchParam)
            {
                var value = parameter.Type switch
                {
                    SearchParamType.Date => "ge1900-01-01",
                    SearchParamType.Reference => Guid.Empty.ToString(),
                    _ => "x",
                };
                var search = await FhirHttp.GetAsync(client, $"/fhir/{resource.Type}?{parameter.Name}={value}", token);
                Assert.True(search.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest && !search.Body.Contains("FHIR-PARAMETER-UNSUPPORTED", StringComparison.Ordinal),
                    $"{resource.Type}?{parameter.Name}: {search}");
            }

            foreach (var include in resource.SearchInclude)
            {
                var search = await FhirHttp.GetAsync(client, $"/fhir/{resource.Type}?_include={include}", token);
                Assert.True(search.Status == HttpStatusCode.OK, $"{resource.Type}?_include={include}: {search}");
            }
        }
    }
}
