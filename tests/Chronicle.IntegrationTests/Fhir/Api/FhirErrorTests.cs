namespace Chronicle.IntegrationTests.Fhir.Api;

using System.Net;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;

/// <summary>Every error under /fhir is an OperationOutcome with a stable code and the status FHIR asks for; never a page or a stack.</summary>
public sealed class FhirErrorTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_types_ids_parameters_and_interactions_are_answered_as_the_spec_says(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);

        var unknownType = await FhirHttp.GetAsync(client, "/fhir/Spaceship/1");
        var unknownTypeSearch = await FhirHttp.GetAsync(client, "/fhir/Spaceship?name=x");
        var unknownId = await FhirHttp.GetAsync(client, $"/fhir/Patient/{Guid.NewGuid()}");
        var notAnId = await FhirHttp.GetAsync(client, "/fhir/Condition/not-one-of-ours");
        var notServed = await FhirHttp.GetAsync(client, "/fhir/Specimen?patient=1");
        var unknownParameter = await FhirHttp.GetAsync(client, "/fhir/Patient?shoe-size=9");
        var unknownInclude = await FhirHttp.GetAsync(client, "/fhir/Condition?_include=Condition:asserter");
        var badDate = await FhirHttp.GetAsync(client, "/fhir/Encounter?date=yesterday");
        var badCount = await FhirHttp.GetAsync(client, "/fhir/Patient?_count=-1");
        var update = await FhirHttp.SendAsync(client, HttpMethod.Put, $"/fhir/Patient/{Guid.NewGuid()}", body: "{\"resourceType\":\"Patient\"}");
        var delete = await FhirHttp.SendAsync(client, HttpMethod.Delete, $"/fhir/Condition/{Guid.NewGuid()}");
        var lenient = await FhirHttp.GetAsync(client, "/fhir/Patient?shoe-size=9&_count=1", prefer: "handling=lenient");

        AssertOutcome(unknownType, HttpStatusCode.NotFound, "FHIR-TYPE-UNKNOWN");
        AssertOutcome(unknownTypeSearch, HttpStatusCode.NotFound, "FHIR-TYPE-UNKNOWN");
        AssertOutcome(unknownId, HttpStatusCode.NotFound, "FHIR-RESOURCE-UNKNOWN");
        AssertOutcome(notAnId, HttpStatusCode.NotFound, "FHIR-RESOURCE-UNKNOWN");
        AssertOutcome(notServed, HttpStatusCode.MethodNotAllowed, "FHIR-INTERACTION-UNSUPPORTED");
        AssertOutcome(unknownParameter, HttpStatusCode.BadRequest, "FHIR-PARAMETER-UNSUPPORTED");
        Assert.Contains("shoe-size", unknownParameter.Outcome.Issue[0].Diagnostics, StringComparison.Ordinal);
        AssertOutcome(unknownInclude, HttpStatusCode.BadRequest, "FHIR-PARAMETER-UNSUPPORTED");
        AssertOutcome(badDate, HttpStatusCode.BadRequest, "FHIR-PARAMETER-INVALID");
        Assert.Contains("'date'", badDate.Outcome.Issue[0].Diagnostics, StringComparison.Ordinal);
        AssertOutcome(badCount, HttpStatusCode.BadRequest, "FHIR-PARAMETER-INVALID");
        AssertOutcome(update, HttpStatusCode.MethodNotAllowed, "FHIR-INTERACTION-UNSUPPORTED");
        AssertOutcome(delete, HttpStatusCode.MethodNotAllowed, "FHIR-INTERACTION-UNSUPPORTED");

        var bundle = Assert.IsType<Bundle>(lenient.Resource);
        Assert.Equal(HttpStatusCode.OK, lenient.Status);
        Assert.Equal(48, bundle.Total);
        var reported = Assert.IsType<OperationOutcome>(bundle.Entry.Single(e => e.Search!.Mode == Bundle.SearchEntryMode.Outcome).Resource);
        Assert.Equal(OperationOutcome.IssueSeverity.Warning, reported.Issue.Single().Severity);
        Assert.DoesNotContain("shoe-size", bundle.Link.Single(l => l.Relation == "next").Url, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Callers_without_access_get_an_outcome_not_a_sign_in_page(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var anonymous = app.CreateBrowserClient();
        using var patient = await app.SignedInClientAsync(DemoSignIns.Patient);
        using var biller = await app.SignedInClientAsync(DemoSignIns.Biller);

        var noSession = await FhirHttp.GetAsync(anonymous, "/fhir/Patient");
        var junkToken = await FhirHttp.GetAsync(FhirHttp.TokenClient(app), "/fhir/Patient", token: "chr_" + new string('A', 43));
        var portalUser = await FhirHttp.GetAsync(patient, "/fhir/Patient");
        var metadata = await FhirHttp.GetAsync(anonymous, "/fhir/metadata");
        var billerPost = await FhirHttp.SendAsync(biller, HttpMethod.Post, "/fhir", body: "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[]}");

        AssertOutcome(noSession, HttpStatusCode.Unauthorized, "AUTHENTICATION-REQUIRED");
        AssertOutcome(junkToken, HttpStatusCode.Unauthorized, "AUTHENTICATION-REQUIRED");
        AssertOutcome(portalUser, HttpStatusCode.Forbidden, "ACCESS-DENIED");
        Assert.Equal(HttpStatusCode.OK, metadata.Status);
        AssertOutcome(billerPost, HttpStatusCode.Forbidden, "FHIR-WRITE-DENIED");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_body_that_is_not_a_readable_transaction_is_a_400_naming_where_and_writes_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.Admin);

        var broken = await FhirHttp.SendAsync(client, HttpMethod.Post, "/fhir", body: "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{\"resource\":{\"resourceType\":\"Patient\",}}]}");
        var collection = await FhirHttp.SendAsync(client, HttpMethod.Post, "/fhir", body: "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[]}");
        var notABundle = await FhirHttp.SendAsync(client, HttpMethod.Post, "/fhir", body: "{\"resourceType\":\"Patient\"}");

        AssertOutcome(broken, HttpStatusCode.BadRequest, "FHIR-BUNDLE-INVALID");
        Assert.Contains(broken.Outcome.Issue, i => i.Expression.Contains("Bundle.entry[0]") && i.Diagnostics!.Contains("not valid JSON", StringComparison.Ordinal));
        AssertOutcome(collection, HttpStatusCode.BadRequest, "FHIR-BUNDLE-TYPE");
        AssertOutcome(notABundle, HttpStatusCode.BadRequest, "FHIR-BUNDLE-INVALID");
    }

    internal static void AssertOutcome(FhirAnswer answer, HttpStatusCode status, string code)
    {
        Assert.True(answer.Status == status, $"Expected {(int)status}: {answer}");
        Assert.Contains(code, answer.Codes);
        Assert.All(answer.Outcome.Issue, i => Assert.NotNull(i.Diagnostics));
        Assert.DoesNotContain("   at ", answer.Body, StringComparison.Ordinal);
        Assert.Empty(FhirValidation.Errors(answer.Outcome));
    }
}
