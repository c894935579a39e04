namespace Chronicle.IntegrationTests.Audit;

using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chronicle.Application.Audit;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Security events reach the audit trail with the account, role, surface, client address and
/// outcome, and 'chronicle audit list --action security' shows them: sign-in, its failures,
/// lockout, sign-out, two-factor on and off, and refused attempts on an existing patient's record
/// (403 from a role policy, 404 from PatientAccess). What was typed for an unknown account is not stored.
/// </summary>
public sealed partial class SecurityEventsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sign_in_failure_lockout_sign_out_two_factor_and_refused_access_are_listed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var nurse = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var shared = await PatientIdAsync(database, DemoSignIns.SharedWithProviderMrn);
        using (await app.CreateBrowserClient().SignInAsync(DemoSignIns.Auditor, "typed-guess-auditor"))
        using (await app.CreateBrowserClient().SignInAsync("nobody.typed-this@example.org", "whatever it was"))
        {
        }

        for (var i = 0; i < 6; i++)
        {
            using var wrong = await app.CreateBrowserClient().SignInAsync(DemoSignIns.Biller, "typed-guess-" + i);
        }

        var key = SharedKey().Match(await PageHtml.GetAsync(nurse, "/Account/TwoFactor")).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        using var on = await nurse.PostFormAsync("/Account/TwoFactor", "/Account/TwoFactor?handler=Enable", ("Code", Totp.Code(key, TimeProvider.System.GetUtcNow())));
        using var offRefused = await nurse.PostFormAsync("/Account/TwoFactor", "/Account/TwoFactor?handler=Disable", ("Proof", "a guess"));
        using var off = await nurse.PostFormAsync("/Account/TwoFactor", "/Account/TwoFactor?handler=Disable", ("Proof", DemoSignIns.Password));

        using var patient = await app.SignedInClientAsync(DemoSignIns.Patient);
        using var forbidden = await patient.GetAsync(new Uri($"/Patients/{shared}", UriKind.Relative), Token);
        using var caregiver = await app.SignedInClientAsync(DemoSignIns.Caregiver);
        using var hidden = await caregiver.GetAsync(new Uri($"/MyRecord/{shared}", UriKind.Relative), Token);
        using var unknown = await caregiver.GetAsync(new Uri($"/MyRecord/{Guid.NewGuid()}", UriKind.Relative), Token);
        using var signOut = await nurse.PostFormAsync("/Patients", "/Account/SignOut");

        var listed = await CliRunner.RunAsync(database, "audit", "list", "--action", AuditActions.SecurityGroup, "--limit", "500", "--json");
        var text = await CliRunner.RunAsync(database, "audit", "list", "--action", AuditActions.Lockout);

        Assert.Contains("Two-factor sign-in is on", await on.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Contains("Enter your password, or the code", await offRefused.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Contains("Two-factor sign-in is off", await off.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.True(listed.ExitCode == 0, listed.ToString());
        using var json = JsonDocument.Parse(listed.Output);
        var events = json.RootElement.GetProperty("events").EnumerateArray()
            .Select(e => (Action: e.GetProperty("action").GetString()!, Actor: e.GetProperty("actorName").GetString()!, Role: e.GetProperty("role").GetString()!,
                Surface: e.GetProperty("surface").GetString()!, Address: e.GetProperty("address").GetString(), Patient: e.GetProperty("patientId").GetString(), What: e.GetProperty("what").GetString()!))
            .ToList();

        Assert.Contains(events, e => e is { Action: AuditActions.SignIn, Actor: DemoSignIns.CareManager, Role: "care-manager", Surface: "web", What: "succeeded (password)" });
        Assert.Contains(events, e => e is { Action: AuditActions.SignInFailed, Actor: DemoSignIns.Auditor, What: "refused: wrong password" });
        Assert.Contains(events, e => e is { Action: AuditActions.SignInFailed, Actor: "anonymous", What: "refused: unknown account" });
        Assert.Contains(events, e => e is { Action: AuditActions.Lockout, Actor: DemoSignIns.Biller } && e.What.StartsWith("account locked after repeated failures", StringComparison.Ordinal));
        Assert.Contains(events, e => e is { Action: AuditActions.Lockout, Actor: DemoSignIns.Biller, What: "refused: the account is locked" });
        Assert.Contains(events, e => e is { Action: AuditActions.TwoFactorOn, Actor: DemoSignIns.CareManager });
        Assert.Contains(events, e => e is { Action: AuditActions.TwoFactorOff, Actor: DemoSignIns.CareManager, What: "refused: neither the password nor a code was right" });
        Assert.Contains(events, e => e is { Action: AuditActions.TwoFactorOff, Actor: DemoSignIns.CareManager, What: "two-factor sign-in turned off" });
        Assert.Contains(events, e => e is { Action: AuditActions.SignOut, Actor: DemoSignIns.CareManager });
        var refused = events.Where(e => e.Action == AuditActions.AccessRefused).ToList();
        Assert.Equal(2, refused.Count);
        Assert.All(refused, e => Assert.Equal(shared.ToString(), e.Patient));
        Assert.Contains(refused, e => e is { Actor: DemoSignIns.Patient, Role: "patient" } && e.What == $"refused (403): GET /Patients/{shared}");
        Assert.Contains(refused, e => e is { Actor: DemoSignIns.Caregiver, Role: "caregiver" } && e.What == $"refused (404): GET /MyRecord/{shared}");
        // The client address is the request's (HttpActorContextTests); the test server gives none to check here.
        Assert.All(events, e => Assert.Equal("web", e.Surface));
        Assert.DoesNotContain("nobody.typed-this", listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("typed-guess", listed.Output, StringComparison.Ordinal);
        Assert.True(text.ExitCode == 0, text.ToString());
        // The table fits the console's width, which cuts its columns in a test process: what it lists is checked through --json above.
        Assert.Contains("Audit trail", text.Output, StringComparison.Ordinal);
    }

    private static async Task<Guid> PatientIdAsync(TestDatabase database, string mrn)
    {
        await using var db = database.NewContext();
        return (await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == mrn, Token)).Id.Value;
    }

    [GeneratedRegex("id=\"shared-key\">([^<]+)</code>")]
    private static partial Regex SharedKey();
}
