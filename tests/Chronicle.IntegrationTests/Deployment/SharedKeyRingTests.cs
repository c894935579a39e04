namespace Chronicle.IntegrationTests.Deployment;

using System.Net;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The data-protection key ring lives in the database, encrypted with the configured certificate,
/// so a second instance (or the same one after a restart) accepts the first one's session cookie
/// and antiforgery token (ADR 0190).
/// </summary>
public sealed class SharedKeyRingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_second_instance_keeps_the_first_ones_session_and_form_token(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var certificate = new KeyCertificate();
        await using var first = new ChronicleAppFactory(database, settings: certificate.ProductionSettings);
        using var nurse = await first.SignedInClientAsync(DemoSignIns.CareManager);
        using var visitor = first.CreateBrowserClient();
        var token = await WebSignIn.AntiforgeryTokenAsync(visitor, "/Account/SignIn");
        var sessionCookie = await CookieHeaderAsync(nurse, "/Patients");
        var formCookie = await CookieHeaderAsync(visitor, "/Account/SignIn");

        await using var second = new ChronicleAppFactory(database, seedDemo: false, settings: certificate.ProductionSettings);
        using var plain = second.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(WebSignIn.Origin), AllowAutoRedirect = false, HandleCookies = false });
        using var page = new HttpRequestMessage(HttpMethod.Get, new Uri("/Patients", UriKind.Relative));
        page.Headers.Add("Cookie", sessionCookie);
        using var pageAnswer = await plain.SendAsync(page, Ct);
        using var signIn = new HttpRequestMessage(HttpMethod.Post, new Uri("/Account/SignIn", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("Email", DemoSignIns.Biller), new("Password", DemoSignIns.Password), new(WebSignIn.TokenField, token)]),
        };
        signIn.Headers.Add("Cookie", formCookie);
        using var signInAnswer = await plain.SendAsync(signIn, Ct);

        Assert.Equal(HttpStatusCode.OK, pageAnswer.StatusCode);
        Assert.Contains("Rosa Castillo", await pageAnswer.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signInAnswer.StatusCode);
        Assert.DoesNotContain("/Account/SignIn", signInAnswer.Headers.Location!.ToString(), StringComparison.Ordinal);

        await using var db = database.NewContext();
        var keys = await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync(Ct);
        var key = Assert.Single(keys);
        Assert.Contains("<EncryptedData", key, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", key, StringComparison.Ordinal);
    }

    /// <summary>The Cookie header a browser would send to this path, from the client's cookie jar.</summary>
    private static async Task<string> CookieHeaderAsync(HttpClient client, string path)
    {
        // The factory's cookie handler adds the jar's cookies to the outgoing request; read them from there.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        using var answer = await client.SendAsync(request, Ct);
        return string.Join("; ", request.Headers.GetValues("Cookie"));
    }
}
