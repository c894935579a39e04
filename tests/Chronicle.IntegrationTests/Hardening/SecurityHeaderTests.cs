namespace Chronicle.IntegrationTests.Hardening;

using System.Net;
using System.Net.Http.Headers;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Fhir.Api;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Every answer (pages, static files, /api, /fhir, PDFs, errors, redirects) carries the browser
/// protections, and only static files may be kept by a cache (ADR 0176).
/// </summary>
public sealed class SecurityHeaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_answer_carries_the_security_headers_and_only_static_files_may_be_cached(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var anonymous = app.CreateBrowserClient();
        using var nurse = await app.SignedInClientAsync(DemoSignIns.CareManager);
        using var system = FhirHttp.TokenClient(app);
        var (_, token) = await FhirHttp.IssueTokenAsync(app, database, "--name", "Riverbend EHR");
        var patient = await PatientIdAsync(database, DemoSignIns.PatientMrn);

        var answers = new (HttpClient Client, string Path, string? Token, HttpStatusCode Status, bool Static)[]
        {
            (anonymous, "/Account/SignIn", null, HttpStatusCode.OK, false),
            (anonymous, "/", null, HttpStatusCode.Redirect, false),
            (anonymous, "/css/site.css", null, HttpStatusCode.OK, true),
            (anonymous, "/js/timer.js", null, HttpStatusCode.OK, true),
            (anonymous, "/health", null, HttpStatusCode.OK, false),
            (anonymous, "/api/v1/patients", null, HttpStatusCode.Unauthorized, false),
            (nurse, "/", null, HttpStatusCode.OK, false),
            (nurse, $"/Patients/{patient}", null, HttpStatusCode.OK, false),
            (nurse, "/Billing", null, HttpStatusCode.Forbidden, false),
            (nurse, "/no-such-page", null, HttpStatusCode.NotFound, false),
            (nurse, "/api/v1/patients", null, HttpStatusCode.OK, false),
            (nurse, $"/api/v1/patients/{patient}/careplan/pdf", null, HttpStatusCode.OK, false),
            (nurse, $"/api/v1/patients/{Guid.NewGuid()}", null, HttpStatusCode.NotFound, false),
            (system, "/fhir/metadata", token, HttpStatusCode.OK, false),
            (system, $"/fhir/Patient/{patient}", token, HttpStatusCode.OK, false),
            (system, "/fhir/Patient", "chr_unknown", HttpStatusCode.Unauthorized, false),
        };

        foreach (var (client, path, bearer, status, isStatic) in answers)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            if (bearer is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            }

            using var response = await client.SendAsync(request, Ct);
            Assert.True(response.StatusCode == status, $"GET {path} answered {(int)response.StatusCode}, expected {(int)status}");
            AssertProtected(response, path, isStatic);
        }
    }

    /// <summary>The headers one answer must carry; used by the other hardening tests for their own answers (429, 403).</summary>
    internal static void AssertProtected(HttpResponseMessage response, string what, bool isStatic = false)
    {
        var csp = Header(response, "Content-Security-Policy");
        Assert.True(csp.Contains("script-src 'self'", StringComparison.Ordinal) && csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal)
            && !csp.Contains("unsafe-inline", StringComparison.Ordinal), $"{what}: Content-Security-Policy is '{csp}'");
        Assert.True(Header(response, "X-Frame-Options") == "DENY", $"{what}: X-Frame-Options");
        Assert.True(Header(response, "X-Content-Type-Options") == "nosniff", $"{what}: X-Content-Type-Options");
        Assert.True(Header(response, "Referrer-Policy") == "no-referrer", $"{what}: Referrer-Policy");
        Assert.True(Header(response, "Permissions-Policy").Contains("camera=()", StringComparison.Ordinal), $"{what}: Permissions-Policy");
        var cache = Header(response, "Cache-Control");
        Assert.True(isStatic ? cache == "no-cache" : cache == "no-store", $"{what}: Cache-Control is '{cache}'");
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : string.Empty;

    private static async Task<Guid> PatientIdAsync(TestDatabase database, string mrn)
    {
        await using var db = database.NewContext();
        return (await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == mrn, Ct)).Id.Value;
    }
}
