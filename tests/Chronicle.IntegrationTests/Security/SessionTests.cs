namespace Chronicle.IntegrationTests.Security;

using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

/// <summary>
/// Sessions end on the server (ADR 0171): a session cookie copied before sign-out is refused once
/// its next security check is due (at most a minute later), an administrator can sign a user out
/// everywhere, a busy session still ends at its absolute lifetime, and a temporary password keeps
/// /api and /fhir closed as it keeps the pages closed. The app runs on a fake clock, so nothing
/// waits and nothing depends on today's date.
/// </summary>
public sealed partial class SessionTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 16, 15, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_session_cookie_copied_before_sign_out_is_refused_after_it(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(Start);
        await using var app = Clocked(database, clock);
        using var browser = app.CreateBrowserClient();
        using var signIn = await browser.SignInAsync(DemoSignIns.CareManager, DemoSignIns.Password);
        using var thief = Replaying(app, SessionCookie(signIn));

        using var beforeSignOut = await thief.GetAsync(new Uri("/api/v1/patients", UriKind.Relative), Token);
        using var signOut = await browser.PostFormAsync("/Patients", "/Account/SignOut");
        clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        using var apiAfter = await thief.GetAsync(new Uri("/api/v1/patients", UriKind.Relative), Token);
        using var pageAfter = await thief.GetAsync(new Uri("/Patients", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.OK, beforeSignOut.StatusCode);
        Assert.Equal("/Account/SignIn", WebSignIn.RedirectPath(signOut));
        Assert.Equal(HttpStatusCode.Unauthorized, apiAfter.StatusCode);
        Assert.Equal("/Account/SignIn", WebSignIn.RedirectPath(pageAfter));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_administrator_signs_another_user_out_everywhere(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(Start);
        await using var app = Clocked(database, clock);
        using var biller = await app.SignedInClientAsync(DemoSignIns.Biller);
        using var admin = await app.SignedInClientAsync(DemoSignIns.Admin);
        var billerId = await UserIdAsync(database, DemoSignIns.Biller);

        using var before = await biller.GetAsync(new Uri("/api/v1/patients", UriKind.Relative), Token);
        using var ended = await admin.PostFormAsync("/Admin/Users", $"/Admin/Users?handler=SignOutEverywhere&userId={billerId}");
        clock.Advance(TimeSpan.FromMinutes(2));
        using var after = await biller.GetAsync(new Uri("/api/v1/patients", UriKind.Relative), Token);
        using var adminStill = await admin.GetAsync(new Uri("/api/v1/patients", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains($"{DemoSignIns.Biller} is signed out everywhere", await ended.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(HttpStatusCode.OK, adminStill.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_busy_session_ends_at_its_absolute_lifetime(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(Start);
        await using var app = Clocked(database, clock, absoluteLifetime: "00:40:00");
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);

        var answers = new List<HttpStatusCode>();
        foreach (var minutes in new[] { 20, 19, 2 })
        {
            // Never idle for the 30-minute sliding expiry: only the absolute lifetime can end it.
            clock.Advance(TimeSpan.FromMinutes(minutes));
            using var response = await client.GetAsync(new Uri("/api/v1/patients", UriKind.Relative), Token);
            answers.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized], answers);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_temporary_password_keeps_the_api_and_fhir_closed_until_it_is_changed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var admin = await app.SignedInClientAsync(DemoSignIns.Admin);
        var patient = await PatientIdAsync(database, "RB1001");
        using var reset = await admin.PostFormAsync("/Admin/Users", $"/Admin/Users?handler=Reset&userId={await UserIdAsync(database, DemoSignIns.CareManager)}");
        var temporary = TemporaryPassword().Match(await reset.Content.ReadAsStringAsync(Token)).Groups[1].Value;
        using var user = app.CreateBrowserClient();
        using var signIn = await user.SignInAsync(DemoSignIns.CareManager, temporary);

        using var api = await user.GetAsync(new Uri("/api/v1/patients", UriKind.Relative), Token);
        using var everything = await user.GetAsync(new Uri($"/fhir/Patient/{patient}/$everything", UriKind.Relative), Token);
        using var write = await user.PostAsync(new Uri($"/api/v1/patients/{patient}/time", UriKind.Relative),
            new StringContent("""{"program":"ccm","activity":"phone-call","start":"2026-11-02T10:00:00","durationSeconds":600}""", System.Text.Encoding.UTF8, "application/json"), Token);
        using var changed = await user.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword",
            ("CurrentPassword", temporary), ("NewPassword", "Rosa's own passphrase"), ("ConfirmPassword", "Rosa's own passphrase"));
        using var afterChange = await user.GetAsync(new Uri("/api/v1/patients", UriKind.Relative), Token);

        Assert.Equal("/Account/ChangePassword", WebSignIn.RedirectPath(signIn));
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        using (var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync(Token)))
        {
            Assert.Equal("ACCESS-DENIED", problem.RootElement.GetProperty("code").GetString());
            Assert.Contains("temporary password", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Forbidden, everything.StatusCode);
        using (var outcome = JsonDocument.Parse(await everything.Content.ReadAsStringAsync(Token)))
        {
            Assert.Equal("OperationOutcome", outcome.RootElement.GetProperty("resourceType").GetString());
            Assert.Equal("forbidden", outcome.RootElement.GetProperty("issue")[0].GetProperty("code").GetString());
        }

        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(0, await TimeEntriesByAsync(database, await UserIdAsync(database, DemoSignIns.CareManager)));
        Assert.Equal("/", WebSignIn.RedirectPath(changed));
        Assert.Equal(HttpStatusCode.OK, afterChange.StatusCode);
    }

    /// <summary>The app on a fake clock (sessions, security-stamp checks and use cases all read it).</summary>
    private static WebApplicationFactory<Program> Clocked(TestDatabase database, FakeTimeProvider clock, string? absoluteLifetime = null) =>
        new ChronicleAppFactory(database).WithWebHostBuilder(b =>
        {
            if (absoluteLifetime is not null)
            {
                b.UseSetting("Sessions:AbsoluteLifetime", absoluteLifetime);
            }

            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
        });

    /// <summary>The session cookie(s) the sign-in set, as "name=value; ..." for a Cookie header.</summary>
    private static string SessionCookie(HttpResponseMessage signIn)
    {
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookies = signIn.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith("Chronicle.Session", StringComparison.Ordinal))
            .Select(c => c.Split(';')[0])
            .ToList();
        Assert.NotEmpty(cookies);
        return string.Join("; ", cookies);
    }

    /// <summary>Another browser presenting a copied cookie, as a thief would; it never stores cookies of its own.</summary>
    private static HttpClient Replaying(WebApplicationFactory<Program> app, string cookie)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static async Task<Guid> UserIdAsync(TestDatabase database, string email)
    {
        await using var db = database.NewContext();
        return (await db.Users.AsNoTracking().SingleAsync(u => u.UserName == email, Token)).Id;
    }

    private static async Task<Guid> PatientIdAsync(TestDatabase database, string mrn)
    {
        await using var db = database.NewContext();
        return (await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == mrn, Token)).Id.Value;
    }

    private static async Task<int> TimeEntriesByAsync(TestDatabase database, Guid userId)
    {
        await using var db = database.NewContext();
        var id = userId.ToString();
        return await db.TimeEntries.CountAsync(e => e.RecordedById == id, Token);
    }

    [GeneratedRegex("id=\"temporary-password\">([^<]+)</code>")]
    private static partial Regex TemporaryPassword();
}
