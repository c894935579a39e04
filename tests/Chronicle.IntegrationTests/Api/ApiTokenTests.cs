namespace Chronicle.IntegrationTests.Api;

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Chronicle.Application.Demo;
using Chronicle.Data.Security;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

/// <summary>Bearer tokens issued from the CLI and the admin page: what they reach, what they may not, and revocation.</summary>
public sealed class ApiTokenTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_practice_wide_token_reads_every_patient_of_the_practice_and_stops_when_revoked(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = TokenClient(app);
        var (id, token) = await IssueAsync(database, "--name", "Riverbend EHR");

        var page = await GetJsonAsync(client, token, "/api/v1/patients");
        Assert.Equal(48, page.GetProperty("total").GetInt32());

        var revoked = await CliRunner.RunAsync(database, "tokens", "revoke", id.ToString());
        Assert.True(revoked.ExitCode == 0, revoked.ToString());
        using var after = await SendAsync(client, token, "/api/v1/patients");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Contains("invalid_token", after.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_token_limited_to_one_patient_cannot_read_another_nor_practice_wide_lists(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = TokenClient(app);
        var (_, token) = await IssueAsync(database, "--name", "Lakeview Cardiology", "--patient", DemoSignIns.SharedWithProviderMrn);
        var shared = await PatientIdAsync(database, DemoSignIns.SharedWithProviderMrn);
        var other = await PatientIdAsync(database, DemoSignIns.PatientMrn);

        var list = await GetJsonAsync(client, token, "/api/v1/patients");
        using var sharedChart = await SendAsync(client, token, $"/api/v1/patients/{shared}");
        using var otherChart = await SendAsync(client, token, $"/api/v1/patients/{other}");

        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, sharedChart.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherChart.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Tokens_open_no_pages_and_junk_tokens_are_refused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = TokenClient(app);
        var (_, token) = await IssueAsync(database, "--name", "Riverbend EHR");

        using var pageResponse = await SendAsync(client, token, "/Patients");
        using var junk = await SendAsync(client, "chr_" + new string('A', 43), "/api/v1/patients");
        using var notEvenAToken = await SendAsync(client, "'; drop table patients; --", "/api/v1/patients");

        Assert.Equal(HttpStatusCode.Redirect, pageResponse.StatusCode);
        Assert.Equal("/Account/SignIn", WebSignIn.RedirectPath(pageResponse));
        Assert.Equal(HttpStatusCode.Unauthorized, junk.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, notEvenAToken.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_read_through_a_token_is_on_the_audit_trail_under_the_token(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = TokenClient(app);
        var (id, token) = await IssueAsync(database, "--name", "Lakeview Cardiology", "--patient", DemoSignIns.SharedWithProviderMrn);
        var shared = await PatientIdAsync(database, DemoSignIns.SharedWithProviderMrn);

        using var chart = await SendAsync(client, token, $"/api/v1/patients/{shared}");
        chart.EnsureSuccessStatusCode();

        await using var db = database.NewContext();
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.ActorId == id.ToString()).ToListAsync(TestContext.Current.CancellationToken);
        var read = Assert.Single(events);
        Assert.Equal(("read", "api", "shared-system"), (read.Action, read.Surface, read.Role));
        Assert.Equal(shared, read.PatientId!.Value.Value);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_administrator_issues_and_revokes_a_token_on_the_admin_page(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var admin = await app.SignedInClientAsync(DemoSignIns.Admin);

        using var created = await admin.PostFormAsync("/Admin/Tokens", "/Admin/Tokens?handler=Create",
            ("Name", "<b>Lab</b> interface"), ("Patients", "RB1002, RB1003"), ("CanWrite", "false"));
        var html = await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var secret = System.Text.RegularExpressions.Regex.Match(html, "id=\"issued-token\">(chr_[A-Za-z0-9_-]{43})<").Groups[1].Value;

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("&lt;b&gt;Lab&lt;/b&gt; interface", html, StringComparison.Ordinal);
        Assert.Contains("RB1002, RB1003", html, StringComparison.Ordinal);
        using var tokenClient = TokenClient(app);
        Assert.Equal(2, (await GetJsonAsync(tokenClient, secret, "/api/v1/patients")).GetProperty("total").GetInt32());

        await using (var db = database.NewContext())
        {
            var tokenId = await db.ApiTokens.Select(t => t.Id).SingleAsync(TestContext.Current.CancellationToken);
            using var revoked = await admin.PostFormAsync("/Admin/Tokens", $"/Admin/Tokens?handler=Revoke&tokenId={tokenId}");
            Assert.Contains("is revoked", await revoked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        using var after = await SendAsync(tokenClient, secret, "/api/v1/patients");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_token_for_an_unknown_patient_is_refused_and_nothing_is_written(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        app.CreateClient().Dispose();

        var result = await CliRunner.RunAsync(database, "tokens", "create", "--name", "X", "--patient", "RB1002", "--patient", "NOPE-1");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("NOPE-1", result.Error, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(0, await db.ApiTokens.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Concurrent_first_uses_of_a_token_all_pass_and_its_use_is_recorded(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = TokenClient(app);
        var (id, token) = await IssueAsync(database, "--name", "Riverbend EHR");

        // Every request sees no recorded use; one conditional UPDATE records it, the others change nothing (ADR 0276).
        var pages = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => GetJsonAsync(client, token, "/api/v1/patients")));

        Assert.All(pages, page => Assert.Equal(48, page.GetProperty("total").GetInt32()));
        await using var db = database.NewContext();
        var used = await db.ApiTokens.AsNoTracking().Where(t => t.Id == id).Select(t => t.LastUsedAt).SingleAsync(TestContext.Current.CancellationToken);
        Assert.NotNull(used);
    }

    [Fact]
    public void A_use_is_recorded_when_none_is_or_the_last_is_a_minute_old()
    {
        var at = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

        Assert.True(ApiToken.IsUseWorthRecording(null, at));
        Assert.False(ApiToken.IsUseWorthRecording(at.AddSeconds(-59), at));
        Assert.True(ApiToken.IsUseWorthRecording(at.AddMinutes(-1), at));
    }

    private static HttpClient TokenClient(ChronicleAppFactory app) =>
        app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>Issues a token with the CLI against the app's database (the app seeds the demo practice first).</summary>
    private static async Task<(Guid Id, string Token)> IssueAsync(TestDatabase database, params string[] options)
    {
        var result = await CliRunner.RunAsync(database, ["tokens", "create", .. options, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        return (json.RootElement.GetProperty("id").GetGuid(), json.RootElement.GetProperty("token").GetString()!);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string token, string path)
    {
        using var response = await SendAsync(client, token, path);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }

    private static async Task<Guid> PatientIdAsync(TestDatabase database, string mrn)
    {
        await using var db = database.NewContext();
        return (await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == mrn, TestContext.Current.CancellationToken)).Id.Value;
    }
}
