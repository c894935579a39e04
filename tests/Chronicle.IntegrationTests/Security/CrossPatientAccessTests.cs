namespace Chronicle.IntegrationTests.Security;

using System.Net;
using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Sharing;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Records nobody gave the user a reason to see: another practice's patient, another patient's
/// record, a grant that expired or was withdrawn. Each is answered exactly like an id that does
/// not exist, so a refusal never confirms that the record is there.
/// </summary>
public sealed partial class CrossPatientAccessTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Staff_cannot_reach_another_practices_patient_by_id_search_or_worklist(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var outsider = await AddOtherPracticePatientAsync(database);

        using var chart = await client.GetAsync(new Uri($"/Patients/{outsider}", UriKind.Relative), TestContext.Current.CancellationToken);
        using var unknown = await client.GetAsync(new Uri($"/Patients/{Guid.CreateVersion7()}", UriKind.Relative), TestContext.Current.CancellationToken);
        var search = await PageHtml.GetAsync(client, "/Patients?q=Zephyrine");
        var worklist = await PageHtml.GetAsync(client, "/Eligibility");
        var home = await PageHtml.GetAsync(client, "/");

        Assert.Equal(HttpStatusCode.NotFound, chart.StatusCode);
        Assert.Equal(WithoutTokens(await BodyAsync(unknown)), WithoutTokens(await BodyAsync(chart)));
        Assert.Empty(PageHtml.Mrns(search));
        Assert.DoesNotContain("OP-1", PageHtml.Mrns(worklist));
        Assert.Contains("RB1025", PageHtml.Mrns(worklist));
        Assert.Contains($"<p class=\"metric\">{SeedDemoPractice.PatientCount}</p>", home, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_patient_sees_their_own_record_and_no_one_elses(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.Patient);
        var (own, other) = (await PatientIdAsync(database, "RB1001"), await PatientIdAsync(database, "RB1002"));
        var outsider = await AddOtherPracticePatientAsync(database);

        var record = await PageHtml.GetAsync(client, "/MyRecord");
        var byId = await PageHtml.GetAsync(client, $"/MyRecord/{own}");

        Assert.Contains("<h1>My record</h1>", record, StringComparison.Ordinal);
        Assert.Contains("RB1001", record, StringComparison.Ordinal);
        Assert.Contains("Type 2 diabetes mellitus without complications", record, StringComparison.Ordinal);
        Assert.Contains("RB1001", byId, StringComparison.Ordinal);
        await AssertNotFoundAsync(client, $"/MyRecord/{other}");
        await AssertNotFoundAsync(client, $"/MyRecord/{outsider}");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_caregiver_sees_the_patient_who_granted_access_and_no_other(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.Caregiver);
        var (granted, other) = (await PatientIdAsync(database, "RB1001"), await PatientIdAsync(database, "RB1002"));

        var record = await PageHtml.GetAsync(client, "/MyRecord");

        Assert.Contains("<h1>Records shared with you</h1>", record, StringComparison.Ordinal);
        Assert.Contains("RB1001", record, StringComparison.Ordinal);
        Assert.DoesNotContain("RB1002", record, StringComparison.Ordinal);
        Assert.Contains("RB1001", await PageHtml.GetAsync(client, $"/MyRecord/{granted}"), StringComparison.Ordinal);
        await AssertNotFoundAsync(client, $"/MyRecord/{other}");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_caregiver_grant_that_expired_gives_no_access(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.Caregiver);
        var patient = await PatientIdAsync(database, "RB1001");
        await using (var db = database.NewContext())
        {
            var grant = await db.CaregiverGrants.SingleAsync(TestContext.Current.CancellationToken);
            var now = TestClock.Now;
            db.CaregiverGrants.Remove(grant);
            db.CaregiverGrants.Add(CaregiverGrant.Create(grant.PracticeId, grant.PatientId, grant.UserId, now.AddDays(-30), now.AddMinutes(-1)));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var record = await PageHtml.GetAsync(client, "/MyRecord");

        Assert.Contains("No patient shares their record with you", record, StringComparison.Ordinal);
        await AssertNotFoundAsync(client, $"/MyRecord/{patient}");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_revoked_grant_or_share_gives_no_access(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var caregiver = await app.SignedInClientAsync(DemoSignIns.Caregiver);
        using var outside = await app.SignedInClientAsync(DemoSignIns.OutsideProvider);
        var (granted, shared) = (await PatientIdAsync(database, "RB1001"), await PatientIdAsync(database, "RB1002"));
        await PageHtml.GetAsync(caregiver, $"/MyRecord/{granted}");
        await PageHtml.GetAsync(outside, $"/MyRecord/{shared}");
        await AssertNotFoundAsync(outside, $"/MyRecord/{granted}");

        await using (var db = database.NewContext())
        {
            // Revoked at the moment each was granted: in the past on the app's running clock, whenever it started.
            var grant = await db.CaregiverGrants.SingleAsync(TestContext.Current.CancellationToken);
            grant.Revoke(grant.GrantedAt);
            var share = await db.ProviderShares.SingleAsync(TestContext.Current.CancellationToken);
            share.Revoke(share.GrantedAt);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await AssertNotFoundAsync(caregiver, $"/MyRecord/{granted}");
        await AssertNotFoundAsync(outside, $"/MyRecord/{shared}");
        Assert.Contains("No patient shares their record with you", await PageHtml.GetAsync(outside, "/MyRecord"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Staff_work_in_their_own_practice_when_the_database_holds_two(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.BillingPractitioner);
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Csv", "Fixtures");
        Assert.Equal(0, (await CliRunner.RunAsync(database, "import", "csv", "practice", Path.Combine(fixtures, "practice.csv"))).ExitCode);
        var patients = await CliRunner.RunAsync(database, "import", "csv", "patients", Path.Combine(fixtures, "patients.csv"), "--practice", "1847362914");
        Assert.True(patients.ExitCode == 0, patients.ToString());

        var worklist = await PageHtml.GetAsync(client, "/Eligibility");
        var list = await PageHtml.GetAsync(client, "/Patients?q=LK1001");

        Assert.DoesNotContain("more than one practice", worklist, StringComparison.Ordinal);
        Assert.Contains("RB1025", PageHtml.Mrns(worklist));
        Assert.DoesNotContain(PageHtml.Mrns(worklist), m => m.StartsWith("LK", StringComparison.Ordinal));
        Assert.Empty(PageHtml.Mrns(list));
    }

    private static async Task AssertNotFoundAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await BodyAsync(response), StringComparison.Ordinal);
    }

    /// <summary>The page without its antiforgery token, which differs on every response.</summary>
    private static string WithoutTokens(string html) => AntiforgeryValue().Replace(html, "value=\"\"");

    [GeneratedRegex("(?<=name=\"__RequestVerificationToken\" type=\"hidden\" )value=\"[^\"]+\"")]
    private static partial Regex AntiforgeryValue();

    private static Task<string> BodyAsync(HttpResponseMessage response) => response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    private static async Task<Guid> PatientIdAsync(TestDatabase database, string mrn)
    {
        await using var db = database.NewContext();
        return (await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == mrn, TestContext.Current.CancellationToken)).Id.Value;
    }

    /// <summary>A second practice with one patient, written straight to the database.</summary>
    private static async Task<Guid> AddOtherPracticePatientAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var practice = Practice.Create(new PracticeDetails(
            "Other Street Clinic", Npi.Parse("1234567893"), null, Address.Empty, null, PracticeTimeZone.Parse("America/New_York"), "11"));
        var patient = Patient.Create(practice.Id, new PatientDetails(
            "OP-1", "Zephyrine", "Outsider", new DateOnly(1950, 5, 6), Sex.Female, null, Address.Empty, null, false), new DateOnly(2026, 1, 1));
        db.Practices.Add(practice);
        db.Patients.Add(patient);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return patient.Id.Value;
    }
}
