namespace Chronicle.IntegrationTests.Fhir.Conformance;

using System.Net;
using Chronicle.Application.Demo;
using Chronicle.Application.Security;
using Chronicle.IntegrationTests.Fhir.Api;
using Chronicle.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;

/// <summary>
/// Issue 18 item 3 over the demo practice: vread and history-instance of the current version (and
/// 404 for any other, ADR 0271), JSON or XML by _format and Accept (406 otherwise), the
/// CapabilityStatement instantiating US Core, and $everything's _type, _count and refused _since.
/// </summary>
public sealed class FhirConformanceRouteTests(DemoApps apps) : IClassFixture<DemoApps>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Vread_serves_the_current_version_history_lists_it_and_other_versions_are_404(string provider)
    {
        var client = await CareManagerAsync(provider);
        var patient = await DemoPatientAsync(client);

        var read = await FhirHttp.GetAsync(client, $"/fhir/Patient/{patient.Id}");
        var version = read.Resource.Meta?.VersionId;
        var vread = await FhirHttp.GetAsync(client, $"/fhir/Patient/{patient.Id}/_history/{version}");
        var history = await FhirHttp.SearchAsync(client, $"/fhir/Patient/{patient.Id}/_history");
        var other = await FhirHttp.GetAsync(client, $"/fhir/Patient/{patient.Id}/_history/0000000000000000");
        var unknown = await FhirHttp.GetAsync(client, $"/fhir/Patient/{Guid.NewGuid()}/_history");

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Matches("^[0-9a-f]{16}$", version);
        Assert.Equal(HttpStatusCode.OK, vread.Status);
        Assert.Equal(read.Body, vread.Body);
        Assert.Equal(Bundle.BundleType.History, history.Type);
        var entry = Assert.Single(history.Entry);
        Assert.Equal(version, entry.Resource!.Meta!.VersionId);
        Assert.Equal($"W/\"{version}\"", entry.Response!.Etag);
        Assert.Equal(HttpStatusCode.NotFound, other.Status);
        Assert.Equal(["FHIR-VERSION-NOT-KEPT"], other.Codes);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Empty(FhirValidation.Errors(history));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Format_and_accept_choose_JSON_or_XML_and_anything_else_is_406(string provider)
    {
        var client = await CareManagerAsync(provider);
        var patient = await DemoPatientAsync(client);

        var byFormat = await RawAsync(client, $"/fhir/Patient/{patient.Id}?_format=xml", accept: null);
        var byAccept = await RawAsync(client, $"/fhir/Condition?patient={patient.Id}", "application/fhir+xml");
        var json = await RawAsync(client, $"/fhir/Patient/{patient.Id}?_format=application/fhir%2Bjson", "application/fhir+xml");
        var html = await RawAsync(client, $"/fhir/Patient/{patient.Id}", "text/html");
        var turtle = await RawAsync(client, $"/fhir/Patient/{patient.Id}?_format=ttl", accept: null);
        var browser = await RawAsync(client, $"/fhir/Patient/{patient.Id}", "text/html,application/xhtml+xml,*/*;q=0.8");

        Assert.Equal((HttpStatusCode.OK, "application/fhir+xml"), (byFormat.Status, byFormat.MediaType));
        Assert.Equal(patient.Id, FhirXmlDeserializer.STRICT.DeserializeResource(byFormat.Body)!.Id);
        Assert.Equal((HttpStatusCode.OK, "application/fhir+xml"), (byAccept.Status, byAccept.MediaType));
        Assert.IsType<Bundle>(FhirXmlDeserializer.STRICT.DeserializeResource(byAccept.Body));
        Assert.Equal((HttpStatusCode.OK, "application/fhir+json"), (json.Status, json.MediaType));
        Assert.Equal((HttpStatusCode.NotAcceptable, "application/fhir+json"), (html.Status, html.MediaType));
        Assert.Contains("FHIR-FORMAT-NOT-ACCEPTABLE", html.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotAcceptable, turtle.Status);
        Assert.Equal((HttpStatusCode.OK, "application/fhir+json"), (browser.Status, browser.MediaType));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_capability_statement_instantiates_US_Core_and_offers_vread_and_history_on_every_type(string provider)
    {
        var client = await CareManagerAsync(provider);

        var statement = Assert.IsType<CapabilityStatement>((await FhirHttp.GetAsync(client, "/fhir/metadata")).Resource);

        Assert.Equal(["http://hl7.org/fhir/us/core/CapabilityStatement/us-core-server"], statement.Instantiates);
        Assert.Contains("application/fhir+xml", statement.Format);
        Assert.All(statement.Rest.Single().Resource, r =>
        {
            Assert.Equal(["Read", "Vread", "HistoryInstance", "SearchType"], r.Interaction.Select(i => i.Code!.Value.ToString()).ToArray());
            Assert.Equal(CapabilityStatement.ResourceVersionPolicy.Versioned, r.Versioning);
            Assert.False(r.ReadHistory);
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Everything_honours_type_and_count_and_refuses_since(string provider)
    {
        var client = await CareManagerAsync(provider);
        var patient = await DemoPatientAsync(client);
        var path = $"/fhir/Patient/{patient.Id}/$everything";

        var all = await FhirHttp.SearchAsync(client, path);
        var conditions = await FhirHttp.SearchAsync(client, $"{path}?_type=Condition,Patient");
        var paged = await FhirHttp.SearchAllAsync(client, $"{path}?_count=3");
        var first = await FhirHttp.SearchAsync(client, $"{path}?_count=3");
        var since = await FhirHttp.GetAsync(client, $"{path}?_since=2026-01-01T00:00:00Z");
        var lenient = await FhirHttp.GetAsync(client, $"{path}?_since=2026-01-01T00:00:00Z", prefer: "handling=lenient");
        var badType = await FhirHttp.GetAsync(client, $"{path}?_type=Basic");

        var matches = all.Entry.Where(e => e.Search!.Mode == Bundle.SearchEntryMode.Match).Select(e => $"{e.Resource!.TypeName}/{e.Resource.Id}").ToList();
        Assert.True(matches.Count > 3, string.Join(", ", matches));
        Assert.Equal(["Condition", "Patient"], conditions.Entry.Select(e => e.Resource!.TypeName).Distinct().Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(matches.Count(m => m.StartsWith("Condition/", StringComparison.Ordinal) || m.StartsWith("Patient/", StringComparison.Ordinal)), conditions.Total);
        Assert.Equal(matches, paged.Select(r => $"{r.TypeName}/{r.Id}").ToList());
        Assert.Equal(matches.Count, first.Total);
        Assert.Equal(3, first.Entry.Count(e => e.Search!.Mode == Bundle.SearchEntryMode.Match));
        Assert.Equal(HttpStatusCode.BadRequest, since.Status);
        Assert.Equal(["FHIR-PARAMETER-UNSUPPORTED"], since.Codes);
        Assert.Contains("_since", since.Outcome.Issue.Single().Diagnostics, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, lenient.Status);
        Assert.Contains(Assert.IsType<Bundle>(lenient.Resource).Entry, e => e.Search!.Mode == Bundle.SearchEntryMode.Outcome);
        Assert.Equal(HttpStatusCode.BadRequest, badType.Status);
    }

    private async Task<HttpClient> CareManagerAsync(string provider) => await (await apps.GetAsync(provider)).ClientAsync(Roles.CareManager);

    private static async Task<Patient> DemoPatientAsync(HttpClient client)
    {
        var found = await FhirHttp.SearchAsync(client, $"/fhir/Patient?identifier={DemoSignIns.PatientMrn}");
        return Assert.IsType<Patient>(found.Entry.Single().Resource);
    }

    private static async Task<(HttpStatusCode Status, string? MediaType, string Body)> RawAsync(HttpClient client, string path, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
