namespace Chronicle.IntegrationTests.Portal;

using System.Net;
using Chronicle.Application.Demo;
using Chronicle.Application.Security;
using Chronicle.Application.Users;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Sharing;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The right to stop from the portal: a confirmation step, a POST that needs the antiforgery token,
/// the practice's own revocation (effective at the end of this month), and a notice the care team
/// sees on the home and patient pages until one of them marks it read.
/// </summary>
public sealed class PortalOptOutTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_patient_stops_ccm_after_confirming_it_lasts_to_month_end_and_the_care_team_is_told(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var patient = await app.SignedInClientAsync(DemoSignIns.Patient);
        using var nurse = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var own = await PortalData.PatientIdAsync(database, DemoSignIns.PatientMrn);
        var page = $"/MyRecord/Consent/{own}";
        Assert.DoesNotContain("id=\"notices-heading\"", await PageHtml.GetAsync(nurse, "/"), StringComparison.Ordinal);

        var before = PageHtml.Text(await PageHtml.GetAsync(patient, page));
        var confirm = await PageHtml.GetAsync(patient, page + "?stop=ccm");
        using var forged = await patient.PostAsync(new Uri(page + "?handler=Stop", UriKind.Relative), WebSignIn.Form(("program", "ccm")), Token);
        var unchanged = await CurrentConsentAsync(database, own);
        using var stopped = await patient.PostFormAsync(page + "?stop=ccm", page + "?handler=Stop", ("program", "ccm"));
        var after = PageHtml.Text(await PageHtml.GetAsync(patient, page));

        Assert.Contains("In force", before, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"confirm-stop\"", await PageHtml.GetAsync(patient, page), StringComparison.Ordinal);
        Assert.Contains("id=\"confirm-stop\"", confirm, StringComparison.Ordinal);
        Assert.Contains("Yes, stop CCM at the end of this month", confirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null(unchanged.RevokedOn);
        Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);

        var (today, practiceId) = await TodayAsync(database);
        var month = BillingMonth.Of(today);
        var consent = await CurrentConsentAsync(database, own);
        Assert.Equal(today, consent.RevokedOn);
        Assert.True(consent.Covers(month));
        Assert.False(consent.Covers(month.Next()));
        Assert.Contains($"You stopped CCM. It continues until {Presentation(month.LastDay)}", after, StringComparison.Ordinal);
        Assert.Contains($"Stopped on {Presentation(today)}", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Stop CCM…", after, StringComparison.Ordinal);

        await using (var db = database.NewContext())
        {
            var notice = await db.CareTeamNotices.AsNoTracking().SingleAsync(Token);
            Assert.Equal(practiceId, notice.PracticeId);
            Assert.Equal(own, notice.PatientId.Value);
            Assert.Equal(month.LastDay, notice.EffectiveOn);
            Assert.Equal("Harold Abernathy", notice.CreatedBy);
        }

        var events = await PortalData.EventsAsync(database, own);
        Assert.Contains(events, e => e.Role == "patient" && e.Action == "update" && e.What.EndsWith($"revoked on {today:yyyy-MM-dd} from the portal", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Role == "patient" && e.Action == "create" && e.What.StartsWith("care team notice ", StringComparison.Ordinal));

        var home = PageHtml.Text(await PageHtml.GetAsync(nurse, "/"));
        var chart = PageHtml.Text(await PageHtml.GetAsync(nurse, $"/Patients/{own}"));
        Assert.Contains("Messages for the care team", home, StringComparison.Ordinal);
        Assert.Contains("Harold Abernathy (the patient) stopped CCM from the portal", home, StringComparison.Ordinal);
        Assert.Contains("stopped CCM from the portal", chart, StringComparison.Ordinal);
        using var unauthorised = await patient.PostAsync(new Uri("/Notices?handler=Acknowledge", UriKind.Relative), WebSignIn.Form(("notice", Guid.Empty.ToString())), Token);
        Assert.Equal(HttpStatusCode.Forbidden, unauthorised.StatusCode);

        string noticeId;
        await using (var db = database.NewContext())
        {
            noticeId = (await db.CareTeamNotices.AsNoTracking().SingleAsync(Token)).Id.ToString();
        }

        using var read = await nurse.PostFormAsync("/", "/Notices?handler=Acknowledge", ("notice", noticeId), ("returnUrl", "/"));
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.Equal("/", WebSignIn.RedirectPath(read));
        Assert.DoesNotContain("id=\"notices-heading\"", await PageHtml.GetAsync(nurse, "/"), StringComparison.Ordinal);
        await using (var db = database.NewContext())
        {
            var notice = await db.CareTeamNotices.AsNoTracking().SingleAsync(Token);
            Assert.Equal(DemoSignIns.CareManager, notice.AcknowledgedBy);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Stopping_twice_finds_nothing_to_stop_and_the_outside_provider_is_refused_consent_and_statements(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var caregiver = await app.SignedInClientAsync(DemoSignIns.Caregiver);
        using var outside = await app.SignedInClientAsync(DemoSignIns.OutsideProvider);
        var granted = await PortalData.PatientIdAsync(database, DemoSignIns.PatientMrn);
        var shared = await PortalData.PatientIdAsync(database, DemoSignIns.SharedWithProviderMrn);
        var page = $"/MyRecord/Consent/{granted}";

        using var first = await caregiver.PostFormAsync(page + "?stop=ccm", page + "?handler=Stop", ("program", "ccm"));
        using var second = await caregiver.PostFormAsync(page, page + "?handler=Stop", ("program", "ccm"));
        var secondText = PageHtml.Text(await second.Content.ReadAsStringAsync(Token));
        using var consent = await outside.GetAsync(new Uri($"/MyRecord/Consent/{shared}", UriKind.Relative), Token);
        using var statements = await outside.GetAsync(new Uri($"/MyRecord/Statements/{shared}", UriKind.Relative), Token);
        var plan = await PageHtml.GetAsync(outside, $"/MyRecord/CarePlan/{shared}");
        var record = await PageHtml.GetAsync(outside, $"/MyRecord/{shared}");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("There is no CCM consent in force to stop.", secondText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, consent.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, statements.StatusCode);
        Assert.Contains("Care plan for", plan, StringComparison.Ordinal);
        Assert.DoesNotContain($"/MyRecord/Consent/{shared}", record, StringComparison.Ordinal);
        await using var db = database.NewContext();
        var notice = await db.CareTeamNotices.AsNoTracking().SingleAsync(Token);
        Assert.StartsWith("Margaret Abernathy (the patient's caregiver) stopped CCM", notice.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Markup_in_a_caregivers_name_reaches_the_care_team_as_text(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var nurse = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var patientId = await PortalData.PatientIdAsync(database, "RB1002");
        const string email = "mallory@mail.example";
        var userId = await PortalData.InScopeAsync(database, SystemActor.Value, async services =>
        {
            var added = await services.GetRequiredService<UserAccounts>().AddAsync(
                new NewAccount(email, "<img src=x onerror=alert(1)>", Roles.Caregiver), DemoSignIns.Password, mustChangePassword: false, Token);
            await services.GetRequiredService<Data.ChronicleDbContext>().SaveChangesAsync(Token);
            return added.Value!.Id;
        });
        await using (var db = database.NewContext())
        {
            var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == "RB1002", Token);
            var now = TestClock.Now;
            db.CaregiverGrants.Add(CaregiverGrant.Create(patient.PracticeId, patient.Id, userId, now.AddMinutes(-1), now.AddDays(30)));
            await db.SaveChangesAsync(Token);
        }

        using var caregiver = await app.SignedInClientAsync(email);
        var page = $"/MyRecord/Consent/{patientId}";
        using var stopped = await caregiver.PostFormAsync(page + "?stop=ccm", page + "?handler=Stop", ("program", "ccm"));
        var home = await PageHtml.GetAsync(nurse, "/");

        Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);
        Assert.DoesNotContain("<img src=x", home, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; (the patient&#x27;s caregiver) stopped CCM", home, StringComparison.Ordinal);
    }

    private static string Presentation(DateOnly date) => Chronicle.Web.Presentation.Display.Date(date);

    private static async Task<ConsentRecord> CurrentConsentAsync(TestDatabase database, Guid patientId)
    {
        var id = new PatientId(patientId);
        await using var db = database.NewContext();
        var ledger = await db.PatientConsents.AsNoTracking().SingleAsync(c => c.PatientId == id, Token);
        return Assert.Single(ledger.Current, r => r.Program == CareProgram.Ccm);
    }

    private static async Task<(DateOnly Today, PracticeId Practice)> TodayAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var practice = await db.Practices.AsNoTracking().SingleAsync(Token);
        return (practice.TimeZone.LocalDateOf(TestClock.Now), practice.Id);
    }
}
