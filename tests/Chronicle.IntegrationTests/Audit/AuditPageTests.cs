namespace Chronicle.IntegrationTests.Audit;

using System.Net;
using Chronicle.Domain.Patients;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

/// <summary>Reads through the web pages are recorded for the web actor; the auditor's page filters, pages and verifies.</summary>
public sealed class AuditPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Viewing_the_patient_list_a_chart_and_the_worklist_is_recorded_for_the_web_actor(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = AuditWeb.Start(database);
        using var client = await AuditWeb.AuditorClientAsync(app);
        var harold = await PatientAsync(database, "RB1001");

        await PageHtml.GetAsync(client, "/Patients");
        await PageHtml.GetAsync(client, "/Patients?q=abernathy");
        await PageHtml.GetAsync(client, $"/Patients/{harold.Id}");
        using (var missing = await client.GetAsync(new Uri("/Patients/00000000-0000-0000-0000-000000000001", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        await PageHtml.GetAsync(client, "/Eligibility?program=ccm");

        var events = await AuditData.EventsAsync(database);
        var auditorId = await AuditWeb.AuditorIdAsync(database);
        Assert.Equal(48 + 1 + 7, events.Count);
        Assert.All(events.Take(48), e => Assert.Equal(("seed", "system", "system"), (e.Action, e.Surface, e.ActorId)));
        Assert.Equal(("sign-in", "web", auditorId), (events[48].Action, events[48].Surface, events[48].ActorId));
        var reads = events.Skip(49).ToList();
        Assert.All(reads, e =>
        {
            Assert.Equal(("read", "web", auditorId, AuditWeb.ExpectedRole), (e.Action, e.Surface, e.ActorId, e.Role));
            Assert.Equal(harold.PracticeId, e.PracticeId);
        });
        Assert.Equal(("patient list: page 1, 25 of 48 patients shown", null), (reads[0].What, reads[0].PatientId));
        Assert.Matches(@"^patient list: page 1, \d+ of \d+ patients shown \(searched\)$", reads[1].What);
        Assert.Equal(("patient chart", harold.Id), (reads[2].What, reads[2].PatientId!.Value));
        // The chart's coverage section is a read of its own.
        Assert.Matches(@"^coverage of patient [0-9a-f-]{36}: \d+ periods$", reads[3].What);
        Assert.Equal(harold.Id, reads[3].PatientId!.Value);
        // So is its outreach section.
        Assert.Matches(@"^outreach of patient [0-9a-f-]{36}: 0 attempts$", reads[4].What);
        Assert.Equal(harold.Id, reads[4].PatientId!.Value);
        // And its clinical record (vitals, labs, allergies, prescriptions, immunizations).
        Assert.Matches(@"^clinical record of patient [0-9a-f-]{36}: \d+ rows$", reads[5].What);
        Assert.Equal(harold.Id, reads[5].PatientId!.Value);
        Assert.Matches(@"^eligibility worklist on \d{4}-\d\d-\d\d: \d+ of \d+ patients shown$", reads[6].What);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_audit_page_filters_pages_and_shows_whether_the_chain_is_intact(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = AuditWeb.Start(database);
        using var client = await AuditWeb.AuditorClientAsync(app);
        var harold = await PatientAsync(database, "RB1001");
        await PageHtml.GetAsync(client, $"/Patients/{harold.Id}");
        await PageHtml.GetAsync(client, "/Patients");

        var newest = await PageHtml.GetAsync(client, "/Audit");
        var older = await PageHtml.GetAsync(client, "/Audit?before=1");
        var secondPage = await PageHtml.GetAsync(client, "/Audit?before=3");
        var byPatient = await PageHtml.GetAsync(client, "/Audit?patient=RB1001");
        var byUserAndAction = await PageHtml.GetAsync(client, "/Audit?user=system&action=seed");
        var outside = await PageHtml.GetAsync(client, "/Audit?from=2001-01-01&to=2001-01-31");
        var unknown = await PageHtml.GetAsync(client, "/Audit?patient=NO-SUCH");
        var badDate = await PageHtml.GetAsync(client, "/Audit?from=March");

        Assert.Contains("<strong>Chain verified:</strong>", newest, StringComparison.Ordinal);
        // The seed (48 events), the auditor's sign-in, the chart (with its coverage, outreach and clinical sections) and the list.
        Assert.Contains("all 54 events are intact, ending at event 54.", PageHtml.Text(newest), StringComparison.Ordinal);
        // A page holds 50 events: events 1 to 4 are on the next.
        Assert.Equal(Enumerable.Range(5, 50).Reverse().Select(i => (long)i), AuditWeb.Sequences(newest));
        Assert.Contains("Older events", newest, StringComparison.Ordinal);
        var chart = AuditWeb.Row(newest, 50);
        Assert.Contains("<td class=\"mrn\">RB1001</td>", chart, StringComparison.Ordinal);
        Assert.Contains("<td>patient chart</td>", chart, StringComparison.Ordinal);
        Assert.Contains("No event matches.", PageHtml.Text(older), StringComparison.Ordinal);
        Assert.Equal([2L, 1L], AuditWeb.Sequences(secondPage));
        Assert.Contains("<a href=\"/Audit\">Newest events</a>", secondPage, StringComparison.Ordinal);

        var haroldSeed = (await AuditData.EventsAsync(database)).Single(e => e.PatientId == harold.Id && e.Action == "seed").Sequence;
        Assert.Equal([53L, 52L, 51L, 50L, haroldSeed], AuditWeb.Sequences(byPatient));
        Assert.Equal(48, AuditWeb.Sequences(byUserAndAction).Count);
        Assert.Contains("No event matches these filters.", PageHtml.Text(outside), StringComparison.Ordinal);
        Assert.Contains("No patient has the MRN NO-SUCH.", unknown, StringComparison.Ordinal);
        Assert.Contains("<p id=\"from-error\" class=\"notice\" role=\"alert\">", badDate, StringComparison.Ordinal);
        Assert.Contains("'March' is not a date in the form YYYY-MM-DD.", PageHtml.Text(badDate), StringComparison.Ordinal);

        // Each listing is recorded too, with the patient when it was filtered by one.
        var listings = (await AuditData.EventsAsync(database)).Where(e => e.What.StartsWith("audit trail:", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, listings.Count);
        Assert.Equal(harold.Id, listings[3].PatientId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_audit_page_names_a_tampered_event_and_pages_long_trails(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = AuditWeb.Start(database);
        using var client = await AuditWeb.AuditorClientAsync(app);
        for (var i = 0; i < 3; i++)
        {
            await PageHtml.GetAsync(client, "/Patients");
        }

        await AuditData.ExecuteAsync(database, """UPDATE "AuditEvents" SET "ActorName" = 'nobody' WHERE "Sequence" = 10""");
        var first = await PageHtml.GetAsync(client, "/Audit");
        var next = await PageHtml.GetAsync(client, "/Audit?before=3");

        Assert.Contains("<strong>Chain broken at event 10.</strong> Event 10 no longer matches its hash: it was edited.", first, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\" id=\"chain-status\"", first, StringComparison.Ordinal);
        // The seed (48), the auditor's sign-in and three lists: the newest 50 are 52 to 3.
        Assert.Equal(Enumerable.Range(3, 50).Reverse().Select(i => (long)i), AuditWeb.Sequences(first));
        Assert.Contains("<a href=\"/Audit?before=3\" rel=\"next\">Older events</a>", first, StringComparison.Ordinal);
        Assert.Equal([2L, 1L], AuditWeb.Sequences(next));
    }

    private static async Task<Patient> PatientAsync(TestDatabase database, string mrn)
    {
        await using var db = database.NewContext();
        return await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == mrn, TestContext.Current.CancellationToken);
    }
}
