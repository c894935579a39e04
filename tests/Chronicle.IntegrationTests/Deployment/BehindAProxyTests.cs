namespace Chronicle.IntegrationTests.Deployment;

using System.Net;
using System.Text.Json;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Hardening;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

/// <summary>
/// Links come from the configured public address, forwarded headers count only from the
/// configured proxy, and Production over plain HTTP explains itself instead of failing (ADR 0190).
/// </summary>
public sealed class BehindAProxyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Links_and_redirects_use_the_public_address_whatever_the_host_header_says()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        using var certificate = new KeyCertificate();
        await using var app = new ChronicleAppFactory(database, settings: certificate.ProductionSettings);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        using var anonymous = app.CreateBrowserClient();

        using var redirect = await SendAsync(anonymous, HttpMethod.Get, "/Patients", ("Host", "attacker.example"));
        using var bundle = await SendAsync(client, HttpMethod.Get, "/fhir/Patient?_count=1", ("Host", "attacker.example"));
        using var json = JsonDocument.Parse(await bundle.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith(KeyCertificate.PublicBaseUrl + "Account/SignIn", redirect.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        var links = json.RootElement.GetProperty("link").EnumerateArray().Select(l => l.GetProperty("url").GetString()!).ToList();
        var fullUrls = json.RootElement.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("fullUrl").GetString()!).ToList();
        Assert.NotEmpty(links);
        Assert.NotEmpty(fullUrls);
        Assert.All(links.Concat(fullUrls), url => Assert.StartsWith(KeyCertificate.PublicBaseUrl + "fhir/", url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Production_over_plain_http_explains_what_to_configure_instead_of_failing()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        using var certificate = new KeyCertificate();
        await using var app = new ChronicleAppFactory(database, environment: "Production", settings: certificate.ProductionSettings);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });

        using var signIn = await client.GetAsync(new Uri("/Account/SignIn", UriKind.Relative), Ct);
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        var page = await signIn.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<h1>HTTPS required</h1>", page, StringComparison.Ordinal);
        Assert.Contains("no reverse proxy is configured", page, StringComparison.Ordinal);
        Assert.Equal("DENY", signIn.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Forwarded_https_counts_only_from_the_configured_proxy()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        using var certificate = new KeyCertificate();
        await using var app = new ChronicleAppFactory(database, environment: "Production", settings: new Dictionary<string, string?>(certificate.ProductionSettings)
        {
            ["Chronicle:KnownProxies:0"] = "10.0.0.5",
        });
        using var clients = new AddressedClients(app, new Uri("http://localhost"));

        using var fromProxy = await SendAsync(clients.At("10.0.0.5"), HttpMethod.Get, "/Account/SignIn", ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "203.0.113.7"));
        using var fromElsewhere = await SendAsync(clients.At("10.0.0.9"), HttpMethod.Get, "/Account/SignIn", ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "203.0.113.7"));
        using var proxyWithoutScheme = await SendAsync(clients.At("10.0.0.5"), HttpMethod.Get, "/Account/SignIn");

        Assert.Equal(HttpStatusCode.OK, fromProxy.StatusCode);
        Assert.Contains("; secure", string.Join('\n', fromProxy.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, fromElsewhere.StatusCode);
        Assert.Contains("not one of its configured proxies", await fromElsewhere.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, proxyWithoutScheme.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        foreach (var (name, value) in headers)
        {
            if (name == "Host")
            {
                request.Headers.Host = value;
            }
            else
            {
                request.Headers.Add(name, value);
            }
        }

        return await client.SendAsync(request, Ct);
    }
}
