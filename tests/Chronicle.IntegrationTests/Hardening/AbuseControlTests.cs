namespace Chronicle.IntegrationTests.Hardening;

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.Domain.Common;
using Chronicle.IntegrationTests.Fhir.Api;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.Web.Pages.Account;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Guessing is throttled (ADR 0175): refused sign-ins, two-factor codes, invitation passwords and
/// bearer tokens are counted per client address and per account, and the eleventh refusal within
/// the window is answered 429 with Retry-After, on every surface in its own format.
/// </summary>
public sealed partial class AbuseControlTests
{
    private const string WrongPassword = "Not-the-password-1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_eleventh_wrong_password_in_a_minute_from_one_address_is_answered_429_while_right_ones_are_never_counted(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var factory = new ChronicleAppFactory(database);
        using var clients = new AddressedClients(factory);

        // A busy practice behind one address signs in many times; only refusals count.
        for (var i = 0; i < 12; i++)
        {
            using var right = await clients.At("203.0.113.7").SignInAsync(DemoSignIns.CareManager, DemoSignIns.Password);
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        }

        // A password spray: another account each time, so neither a lockout nor an account's count is reached.
        var sprayer = clients.At("203.0.113.7");
        for (var i = 0; i < 10; i++)
        {
            using var wrong = await sprayer.SignInAsync($"spray{i}@riverbend.example", WrongPassword);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var eleventh = await sprayer.SignInAsync("spray10@riverbend.example", WrongPassword);
        using var rightFromThere = await clients.At("203.0.113.7").SignInAsync(DemoSignIns.Biller, DemoSignIns.Password);
        using var rightElsewhere = await clients.At("198.51.100.9").SignInAsync(DemoSignIns.Biller, DemoSignIns.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, eleventh.StatusCode);
        Assert.InRange(eleventh.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Contains("Too many attempts", await eleventh.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, rightFromThere.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, rightElsewhere.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_known_and_an_unknown_account_get_the_same_answers_and_the_same_limit_from_any_address(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var factory = new ChronicleAppFactory(database);
        using var clients = new AddressedClients(factory);

        // Each guess from a new address, so only the per-account count applies; the known account locks after five.
        var answers = new List<(HttpStatusCode Known, string KnownProblem, HttpStatusCode Unknown, string UnknownProblem)>();
        for (var i = 0; i < 11; i++)
        {
            using var known = await clients.At($"192.0.2.{i + 1}").SignInAsync(DemoSignIns.Biller, WrongPassword);
            using var unknown = await clients.At($"192.0.2.{i + 101}").SignInAsync("nobody@riverbend.example", WrongPassword);
            answers.Add((known.StatusCode, Problem(await known.Content.ReadAsStringAsync(Ct)), unknown.StatusCode, Problem(await unknown.Content.ReadAsStringAsync(Ct))));
        }

        Assert.All(answers.Take(10), a => Assert.Equal((HttpStatusCode.OK, SignInModel.RefusedMessage, HttpStatusCode.OK, SignInModel.RefusedMessage), a));
        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests), (answers[^1].Known, answers[^1].Unknown));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_bearer_tokens_from_one_address_are_answered_429_as_problem_details_and_operation_outcome(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var factory = new ChronicleAppFactory(database);
        using var clients = new AddressedClients(factory);
        var guesser = clients.At("203.0.113.50");
        var (_, token) = await FhirHttp.IssueTokenAsync(factory, database, "--name", "Riverbend EHR");

        for (var i = 0; i < 10; i++)
        {
            using var wrong = await SendAsync(guesser, $"chr_{i:D43}", "/api/v1/patients");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var api = await SendAsync(guesser, $"chr_{10:D43}", "/api/v1/patients");
        using var fhir = await SendAsync(guesser, $"chr_{11:D43}", "/fhir/Patient");
        using var goodElsewhere = await SendAsync(clients.At("198.51.100.50"), token, "/api/v1/patients");

        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.NotNull(api.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        using (var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync(Ct)))
        {
            Assert.Equal("TOO-MANY-ATTEMPTS", problem.RootElement.GetProperty("code").GetString());
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, fhir.StatusCode);
        Assert.NotNull(fhir.Headers.RetryAfter?.Delta);
        var outcome = await fhir.Content.ReadAsStringAsync(Ct);
        Assert.Contains("\"resourceType\":\"OperationOutcome\"", outcome, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"throttled\"", outcome, StringComparison.Ordinal);
        Assert.Contains("TOO-MANY-ATTEMPTS", outcome, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, goodElsewhere.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Wrong_passwords_on_an_invitation_lock_the_existing_account_and_then_the_link_is_throttled(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var factory = new ChronicleAppFactory(database);
        using var clients = new AddressedClients(factory);
        var staff = await SignedInAsync(clients.At("198.51.100.1"), DemoSignIns.CareManager);
        var patient = await PatientIdAsync(database, "RB1004");
        var code = await Sharing.PortalInvitationTests.InviteCaregiverAsync(staff, patient, DemoSignIns.Caregiver);
        var page = $"/Account/Invitation/{code}";

        var refusals = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await clients.At($"192.0.2.{i + 1}").PostFormAsync(page, page, ("Password", WrongPassword));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            refusals.Add(await wrong.Content.ReadAsStringAsync(Ct));
        }

        using var rightButLocked = await clients.At("192.0.2.50").PostFormAsync(page, page, ("Password", DemoSignIns.Password));
        using var signInLocked = await clients.At("192.0.2.51").SignInAsync(DemoSignIns.Caregiver, DemoSignIns.Password);
        for (var i = 0; i < 4; i++)
        {
            using var more = await clients.At($"192.0.2.{i + 60}").PostFormAsync(page, page, ("Password", WrongPassword));
            Assert.Equal(HttpStatusCode.OK, more.StatusCode);
        }

        using var throttled = await clients.At("192.0.2.70").PostFormAsync(page, page, ("Password", WrongPassword));

        Assert.All(refusals.Take(4), html => Assert.Contains("enter the password of your existing sign-in", html, StringComparison.Ordinal));
        Assert.Contains("locked after too many wrong passwords", refusals[^1], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, rightButLocked.StatusCode);
        Assert.Contains("locked after too many wrong passwords", await rightButLocked.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, signInLocked.StatusCode);
        await using (var db = database.NewContext())
        {
            var caregiver = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == DemoSignIns.Caregiver, Ct);
            Assert.True(caregiver.LockoutEnd > TimeProvider.System.GetUtcNow());
            var patientId = new PatientId(patient);
            Assert.False(await db.PortalInvitations.AnyAsync(i => i.PatientId == patientId && i.AcceptedAt != null, Ct));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.NotNull(throttled.Headers.RetryAfter?.Delta);
    }

    private static async Task<HttpClient> SignedInAsync(HttpClient client, string email)
    {
        using var response = await client.SignInAsync(email, DemoSignIns.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string token, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, Ct);
    }

    private static async Task<Guid> PatientIdAsync(TestDatabase database, string mrn)
    {
        await using var db = database.NewContext();
        return (await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == mrn, Ct)).Id.Value;
    }

    private static string Problem(string html) => SignInProblem().Match(html).Groups[1].Value;

    [GeneratedRegex("id=\"sign-in-problem\">([^<]+)</p>")]
    private static partial Regex SignInProblem();
}
