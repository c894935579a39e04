namespace Chronicle.IntegrationTests.Web;

using System.Net;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>The patient's preferred language: set on the patient page, shown in the header and on Today's calls.</summary>
public sealed class PreferredLanguagePageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_care_manager_sets_the_language_and_the_header_and_worklist_show_it_in_words(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        await PageHtml.GetAsync(client, "/health");
        Guid harold;
        await using (var db = database.NewContext())
        {
            harold = (await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == "RB1001", Ct)).Id.Value;
        }

        var page = $"/Patients/{harold}";
        var before = PageHtml.Text(await PageHtml.GetAsync(client, page));
        using var saved = await client.PostFormAsync(page, $"{page}?handler=Language", ("language", "es"));
        var after = PageHtml.Text(await PageHtml.GetAsync(client, page));
        var worklist = await PageHtml.GetAsync(client, "/Time");

        Assert.Contains("Language: English", before, StringComparison.Ordinal); // the consent conversation's, until one is recorded
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Language: Spanish", after, StringComparison.Ordinal);
        Assert.Contains("Preferred language Spanish", after, StringComparison.Ordinal);
        Assert.Contains("<td class=\"language\">Spanish</td>", PageHtml.Row(worklist, "RB1001") ?? worklist, StringComparison.Ordinal);
        await using var check = database.NewContext();
        Assert.Equal("es", (await check.Patients.AsNoTracking().SingleAsync(p => p.Mrn == "RB1001", Ct)).PreferredLanguage);
        Assert.True(await check.AuditEvents.AsNoTracking().AnyAsync(e => e.What == "preferred language set to es", Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_auditor_may_not_change_the_language(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.Auditor);
        await PageHtml.GetAsync(client, "/health");
        Guid harold;
        await using (var db = database.NewContext())
        {
            harold = (await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == "RB1001", Ct)).Id.Value;
        }

        var page = $"/Patients/{harold}";
        var html = await PageHtml.GetAsync(client, page);
        using var refused = await client.PostFormAsync(page, $"{page}?handler=Language", ("language", "es"));

        Assert.DoesNotContain("handler=Language", html, StringComparison.Ordinal);
        Assert.Contains("Your role may not do this", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using var check = database.NewContext();
        Assert.Null((await check.Patients.AsNoTracking().SingleAsync(p => p.Mrn == "RB1001", Ct)).PreferredLanguage);
    }
}
