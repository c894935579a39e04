namespace Chronicle.IntegrationTests.Hardening;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Fhir.Api;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// A page on another site can make the browser send Chronicle's session cookie; a change made so
/// on /api or /fhir is refused unless it shows it comes from Chronicle's own pages, while bearer
/// calls (which carry no ambient credential) go through and CORS stays closed (ADR 0176).
/// </summary>
public sealed class CrossSiteRequestTests
{
    private const string Evil = "https://evil.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_cross_site_cookie_change_on_the_api_is_refused_while_same_site_and_bearer_calls_work(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var nurse = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var patient = await PatientIdAsync(database, DemoSignIns.PatientMrn);

        using var started = await nurse.PostAsJsonAsync(new Uri("/api/v1/timer", UriKind.Relative), new { patientId = patient, program = "ccm", activity = "phone-call" }, Ct);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);

        using var crossOrigin = await SendAsync(nurse, HttpMethod.Post, "/api/v1/timer/pause", ("Origin", Evil));
        using var crossSite = await SendAsync(nurse, HttpMethod.Delete, "/api/v1/timer", ("Sec-Fetch-Site", "cross-site"));
        var stillRunning = await TimerRunningAsync(nurse);
        using var sameOrigin = await SendAsync(nurse, HttpMethod.Post, "/api/v1/timer/pause", ("Sec-Fetch-Site", "same-origin"));

        // A client that names no origin at all must show the antiforgery token of one of Chronicle's pages.
        nurse.DefaultRequestHeaders.Remove("Origin");
        using var unnamed = await SendAsync(nurse, HttpMethod.Delete, "/api/v1/timer");
        var antiforgery = await WebSignIn.AntiforgeryTokenAsync(nurse, $"/Patients/{patient}");
        using var withToken = await SendAsync(nurse, HttpMethod.Delete, "/api/v1/timer", ("RequestVerificationToken", antiforgery));

        await AssertRefusedAsync(crossOrigin);
        await AssertRefusedAsync(crossSite);
        Assert.True(stillRunning);
        Assert.Equal(HttpStatusCode.OK, sameOrigin.StatusCode);
        await AssertRefusedAsync(unnamed);
        Assert.Equal(HttpStatusCode.NoContent, withToken.StatusCode);

        // A bearer call from anywhere is unaffected; a preflight from another origin gets no CORS grant.
        using var system = FhirHttp.TokenClient(app);
        var (_, token) = await FhirHttp.IssueTokenAsync(app, database, "--name", "Riverbend EHR", "--write");
        using var bearerWrite = await SendAsync(system, HttpMethod.Post, "/fhir", ("Origin", Evil), ("Sec-Fetch-Site", "cross-site"), ("Authorization", $"Bearer {token}"), ("Content", "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[]}"));
        using var bearerPause = await SendAsync(system, HttpMethod.Post, "/api/v1/timer/pause", ("Origin", Evil), ("Authorization", $"Bearer {token}"));
        using var preflight = await SendAsync(system, HttpMethod.Options, "/api/v1/timer/pause", ("Origin", Evil), ("Access-Control-Request-Method", "POST"));

        Assert.Equal(HttpStatusCode.OK, bearerWrite.StatusCode);
        Assert.DoesNotContain("CROSS-SITE-REQUEST", await bearerPause.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("CROSS-SITE-REQUEST", problem.RootElement.GetProperty("code").GetString());
        SecurityHeaderTests.AssertProtected(response, "refused cross-site change");
    }

    private static async Task<bool> TimerRunningAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/api/v1/timer", UriKind.Relative), Ct);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return json.RootElement.GetProperty("running").GetBoolean();
    }

    /// <summary>Sends with these headers; a header named "Content" is the body, as FHIR JSON.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        foreach (var (name, value) in headers)
        {
            if (name == "Content")
            {
                request.Content = new StringContent(value, System.Text.Encoding.UTF8, "application/fhir+json");
            }
            else if (name == "Authorization")
            {
                request.Headers.Authorization = AuthenticationHeaderValue.Parse(value);
            }
            else
            {
                request.Headers.Remove(name);
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return await client.SendAsync(request, Ct);
    }

    private static async Task<Guid> PatientIdAsync(TestDatabase database, string mrn)
    {
        await using var db = database.NewContext();
        return (await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == mrn, Ct)).Id.Value;
    }
}
