namespace Chronicle.IntegrationTests.Sharing;

using System.Net;
using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>Invitations to the portal: single use, expiring, withdrawable; grants revocable; only the patient's clinicians may send them.</summary>
public sealed partial class PortalInvitationTests
{
    private const string NewPassword = "Garden-gate-2026!";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_caregiver_accepts_once_sees_only_that_patient_and_loses_access_when_revoked(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var staff = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var patient = await PatientIdAsync(database, "RB1003");
        var other = await PatientIdAsync(database, DemoSignIns.PatientMrn);

        var code = await InviteCaregiverAsync(staff, patient, "ruth.example@mail.example");
        using var caregiver = app.CreateBrowserClient();
        using var accepted = await AcceptAsync(caregiver, code);
        Assert.Equal("/MyRecord", WebSignIn.RedirectPath(accepted));

        var record = await caregiver.GetStringAsync(new Uri($"/MyRecord/{patient}", UriKind.Relative), TestContext.Current.CancellationToken);
        using var refused = await caregiver.GetAsync(new Uri($"/MyRecord/{other}", UriKind.Relative), TestContext.Current.CancellationToken);
        var again = await app.CreateBrowserClient().GetStringAsync(new Uri($"/Account/Invitation/{code}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("RB1003", record, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("cannot be used", again, StringComparison.Ordinal);

        await using (var db = database.NewContext())
        {
            var grant = await db.CaregiverGrants.SingleAsync(g => g.PatientId == new Domain.Common.PatientId(patient), TestContext.Current.CancellationToken);
            using var revoked = await staff.PostFormAsync($"/Patients/{patient}/Access", $"/Patients/{patient}/Access?handler=Revoke&grantId={grant.Id}");
            Assert.Contains("revoked", await revoked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        using var afterRevoke = await caregiver.GetAsync(new Uri($"/MyRecord/{patient}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, afterRevoke.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_expired_or_withdrawn_invitation_does_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var staff = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var patient = await PatientIdAsync(database, "RB1003");
        var expiring = await InviteCaregiverAsync(staff, patient, "late@mail.example");
        var withdrawn = await InviteCaregiverAsync(staff, patient, "wrong@mail.example");

        await using (var db = database.NewContext())
        {
            var past = DateTimeOffset.UnixEpoch;
            await db.PortalInvitations.Where(i => i.Email == "late@mail.example").ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, past), TestContext.Current.CancellationToken);
            var toWithdraw = await db.PortalInvitations.Where(i => i.Email == "wrong@mail.example").Select(i => i.Id).SingleAsync(TestContext.Current.CancellationToken);
            using var done = await staff.PostFormAsync($"/Patients/{patient}/Access", $"/Patients/{patient}/Access?handler=Withdraw&invitationId={toWithdraw}");
            Assert.Contains("is withdrawn", await done.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        foreach (var code in new[] { expiring, withdrawn })
        {
            var page = await app.CreateBrowserClient().GetStringAsync(new Uri($"/Account/Invitation/{code}", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Contains("cannot be used", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<form", page, StringComparison.Ordinal);
        }

        await using var check = database.NewContext();
        Assert.False(await check.Users.AnyAsync(u => u.Email == "late@mail.example" || u.Email == "wrong@mail.example", TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_existing_caregiver_adds_a_second_patient_with_their_own_password(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var staff = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var patient = await PatientIdAsync(database, "RB1004");
        var code = await InviteCaregiverAsync(staff, patient, DemoSignIns.Caregiver);

        using var wrong = await app.CreateBrowserClient().PostFormAsync($"/Account/Invitation/{code}", $"/Account/Invitation/{code}", ("Password", "not-her-password-1"));
        Assert.Contains("existing sign-in", await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using var caregiver = app.CreateBrowserClient();
        using var accepted = await caregiver.PostFormAsync($"/Account/Invitation/{code}", $"/Account/Invitation/{code}", ("Password", DemoSignIns.Password));
        Assert.Equal("/MyRecord", WebSignIn.RedirectPath(accepted));
        var list = await caregiver.GetStringAsync(new Uri("/MyRecord", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(2, RecordLink().Count(list));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_patient_invitation_creates_the_patients_own_sign_in(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var staff = await app.SignedInClientAsync(DemoSignIns.BillingPractitioner);
        var patient = await PatientIdAsync(database, "RB1005");

        using var invited = await staff.PostFormAsync($"/Patients/{patient}/Access", $"/Patients/{patient}/Access?handler=InvitePatient", ("Email", "rb1005@mail.example"));
        var code = LinkCode(await invited.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var client = app.CreateBrowserClient();
        using var accepted = await AcceptAsync(client, code);

        Assert.Equal("/MyRecord", WebSignIn.RedirectPath(accepted));
        var record = await client.GetStringAsync(new Uri("/MyRecord", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("My record", record, StringComparison.Ordinal);
        Assert.Contains("RB1005", record, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Billers_may_look_at_portal_access_but_not_invite(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var biller = await app.SignedInClientAsync(DemoSignIns.Biller);
        var patient = await PatientIdAsync(database, "RB1003");

        var page = await biller.GetStringAsync(new Uri($"/Patients/{patient}/Access", UriKind.Relative), TestContext.Current.CancellationToken);
        using var tried = await biller.PostFormAsync($"/Patients/{patient}/Access", $"/Patients/{patient}/Access?handler=InviteCaregiver",
            ("Name", "X"), ("Email", "x@mail.example"), ("AccessUntil", "2030-01-01"));

        Assert.DoesNotContain("Invite a caregiver", page, StringComparison.Ordinal);
        Assert.Contains("Only the patient&#x27;s clinicians", await tried.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(0, await db.PortalInvitations.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_people_submitting_one_link_at_once_get_one_sign_in(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var staff = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var patient = await PatientIdAsync(database, "RB1003");
        var code = await InviteCaregiverAsync(staff, patient, "twice@mail.example");

        var clients = Enumerable.Range(0, 4).Select(_ => app.CreateBrowserClient()).ToList();
        // Every person opens the link before anyone submits; otherwise a fast first submission
        // would leave the others a page without a form rather than a race.
        var tokens = new List<string>();
        foreach (var client in clients)
        {
            tokens.Add(await WebSignIn.AntiforgeryTokenAsync(client, $"/Account/Invitation/{code}"));
        }

        var responses = await Task.WhenAll(clients.Zip(tokens).Select(pair => pair.First.PostAsync(
            new Uri($"/Account/Invitation/{code}", UriKind.Relative),
            WebSignIn.Form(("Password", NewPassword), ("ConfirmPassword", NewPassword), (WebSignIn.TokenField, pair.Second)),
            TestContext.Current.CancellationToken)));

        Assert.Equal(1, responses.Count(r => WebSignIn.RedirectPath(r) == "/MyRecord"));
        await using var db = database.NewContext();
        Assert.Equal(1, await db.Users.CountAsync(u => u.Email == "twice@mail.example", TestContext.Current.CancellationToken));
        Assert.Equal(1, await db.CaregiverGrants.CountAsync(g => g.PatientId == new Domain.Common.PatientId(patient), TestContext.Current.CancellationToken));
        foreach (var (client, response) in clients.Zip(responses))
        {
            response.Dispose();
            client.Dispose();
        }
    }

    internal static async Task<string> InviteCaregiverAsync(HttpClient staff, Guid patient, string email)
    {
        using var response = await staff.PostFormAsync($"/Patients/{patient}/Access", $"/Patients/{patient}/Access?handler=InviteCaregiver",
            ("Name", "Ruth <i>Example</i>"), ("Relationship", "daughter"), ("Email", email),
            ("AccessUntil", DateOnly.FromDateTime(TestClock.Now.UtcDateTime).AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<i>Example</i>", html, StringComparison.Ordinal);
        return LinkCode(html);
    }

    private static Task<HttpResponseMessage> AcceptAsync(HttpClient client, string code) =>
        client.PostFormAsync($"/Account/Invitation/{code}", $"/Account/Invitation/{code}", ("Password", NewPassword), ("ConfirmPassword", NewPassword));

    private static string LinkCode(string html)
    {
        var match = InvitationLink().Match(html);
        Assert.True(match.Success, "The page shows no invitation link:\n" + html);
        return match.Groups["code"].Value;
    }

    private static async Task<Guid> PatientIdAsync(TestDatabase database, string mrn)
    {
        await using var db = database.NewContext();
        return (await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == mrn, TestContext.Current.CancellationToken)).Id.Value;
    }

    [GeneratedRegex("id=\"invitation-link\">https?://[^<]*/Account/Invitation/(?<code>[A-Za-z0-9_-]{43})<")]
    private static partial Regex InvitationLink();

    [GeneratedRegex("<a href=\"/MyRecord/[0-9a-f-]{36}\"")]
    private static partial Regex RecordLink();
}
