namespace Chronicle.IntegrationTests.Security;

using System.Net;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

/// <summary>Forms refuse requests forged from another site or session; text from imports is shown as text, never as markup.</summary>
public sealed class FormSafetyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_post_without_the_antiforgery_token_or_with_another_sessions_is_rejected(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var admin = await app.SignedInClientAsync(DemoSignIns.Admin);
        using var attacker = await app.SignedInClientAsync(DemoSignIns.Biller);
        var userId = await UserIdAsync(database, DemoSignIns.CareManager);
        var reset = new Uri($"/Admin/Users?handler=Reset&userId={userId}", UriKind.Relative);
        var foreignToken = await WebSignIn.AntiforgeryTokenAsync(attacker, "/Patients");

        using var signInWithout = await app.CreateBrowserClient().PostAsync(new Uri("/Account/SignIn", UriKind.Relative),
            WebSignIn.Form(("Email", DemoSignIns.CareManager), ("Password", DemoSignIns.Password)), TestContext.Current.CancellationToken);
        using var resetWithout = await admin.PostAsync(reset, WebSignIn.Form(), TestContext.Current.CancellationToken);
        using var resetWithForeign = await admin.PostAsync(reset, WebSignIn.Form((WebSignIn.TokenField, foreignToken)), TestContext.Current.CancellationToken);
        using var signOutWithout = await admin.PostAsync(new Uri("/Account/SignOut", UriKind.Relative), WebSignIn.Form(), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, signInWithout.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, resetWithout.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, resetWithForeign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signOutWithout.StatusCode);
        Assert.Contains("Request not accepted", await resetWithout.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        // Nothing was reset: the care manager still signs in with their own password.
        using var careManager = await app.SignedInClientAsync(DemoSignIns.CareManager);
    }

    [Fact]
    public async Task The_session_cookie_is_secure_http_only_and_same_site_lax()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var app = new ChronicleAppFactory(database);
        using var client = app.CreateBrowserClient();

        using var response = await client.SignInAsync(DemoSignIns.CareManager, DemoSignIns.Password);

        var session = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("Chronicle.Session=", StringComparison.Ordinal));
        Assert.Contains("; secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=lax", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task In_production_every_cookie_is_secure_and_no_demo_sign_in_is_seeded()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        using var certificate = new KeyCertificate();
        await using var app = new ChronicleAppFactory(database, environment: "Production", settings: certificate.ProductionSettings);
        using var client = app.CreateBrowserClient();
        await PageHtml.GetAsync(client, "/Account/SignIn");

        var cookies = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>();
        Assert.Equal(CookieSecurePolicy.Always, cookies.Get(IdentityConstants.ApplicationScheme).Cookie.SecurePolicy);
        Assert.Equal(CookieSecurePolicy.Always, cookies.Get(IdentityConstants.TwoFactorUserIdScheme).Cookie.SecurePolicy);
        Assert.Equal(CookieSecurePolicy.Always, app.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.SecurePolicy);
        await using var db = database.NewContext();
        Assert.False(await db.Users.AnyAsync(TestContext.Current.CancellationToken));
        Assert.False(await db.Practices.AnyAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Markup_imported_in_a_name_is_shown_as_text(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var file = Path.Combine(Path.GetTempPath(), $"chronicle-markup-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file,
            "mrn,first_name,last_name,birth_date,sex\nXSS1,<script>alert(1)</script>,\"<img src=x onerror=alert(2)>\",1950-01-02,female\n",
            TestContext.Current.CancellationToken);
        try
        {
            var imported = await CliRunner.RunAsync(database, "import", "csv", "patients", file);
            Assert.True(imported.ExitCode == 0, imported.ToString());
        }
        finally
        {
            File.Delete(file);
        }

        var list = await PageHtml.GetAsync(client, "/Patients?q=XSS1");
        var chart = await PageHtml.GetAsync(client, $"/Patients/{await PatientIdAsync(database, "XSS1")}");

        foreach (var html in new[] { list, chart })
        {
            Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
            Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
        }
    }

    private static async Task<Guid> UserIdAsync(TestDatabase database, string email)
    {
        await using var db = database.NewContext();
        return (await db.Users.AsNoTracking().SingleAsync(u => u.UserName == email, TestContext.Current.CancellationToken)).Id;
    }

    private static async Task<Guid> PatientIdAsync(TestDatabase database, string mrn)
    {
        await using var db = database.NewContext();
        return (await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == mrn, TestContext.Current.CancellationToken)).Id.Value;
    }
}
