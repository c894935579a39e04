namespace Chronicle.IntegrationTests.Time;

using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

/// <summary>The time panel of the patient page, without script: the manual entry and void forms.</summary>
public sealed class TimePanelPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_care_manager_logs_and_voids_time_from_the_patient_page_without_script(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        Guid patient;
        await using (var db = database.NewContext())
        {
            patient = (await db.Patients.SingleAsync(p => p.Mrn == "RB1005", TestContext.Current.CancellationToken)).Id.Value;
        }

        var page = $"/Patients/{patient}";
        var start = TestClock.Provider.GetLocalNow().AddHours(-30).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        using var logged = await client.PostFormAsync(page, $"/Time/Log/{patient}",
            ("program", "ccm"), ("activity", "phone-call"), ("start", start), ("minutes", "23"), ("note", "Discussed <b>diet</b>"));
        var afterLog = await PageHtml.GetAsync(client, page);
        var entry = System.Text.RegularExpressions.Regex.Match(afterLog, "data-entry=\"(?<id>[0-9a-f-]{36})\"").Groups["id"].Value;
        using var refused = await client.PostFormAsync(page, $"/Time/Log/{patient}",
            ("program", "ccm"), ("activity", "phone-call"), ("start", "2099-01-01T09:00"), ("minutes", "5"));
        var afterRefusal = await PageHtml.GetAsync(client, page);
        using var voided = await client.PostFormAsync(page, $"/Time/Log/{patient}?handler=Void", ("entryId", entry), ("reason", "Wrong patient"));
        var afterVoid = await PageHtml.GetAsync(client, page);

        Assert.Equal($"/Patients/{patient}#time", logged.Headers.Location?.OriginalString);
        Assert.Contains("Logged 23 min of phone-call", afterLog, StringComparison.Ordinal);
        Assert.Contains("Discussed &lt;b&gt;diet&lt;/b&gt;", afterLog, StringComparison.Ordinal);
        Assert.Contains("id=\"live-timer\"", afterLog, StringComparison.Ordinal);
        Assert.Contains("TIME-FUTURE", afterRefusal, StringComparison.Ordinal);
        Assert.Contains("The entry was voided", afterVoid, StringComparison.Ordinal);
        Assert.Contains("no longer counts", afterVoid, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_care_manager_corrects_an_entry_from_the_patient_page_with_a_reason(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        Guid patient;
        await using (var db = database.NewContext())
        {
            patient = (await db.Patients.SingleAsync(p => p.Mrn == "RB1006", TestContext.Current.CancellationToken)).Id.Value;
        }

        var page = $"/Patients/{patient}";
        var start = TestClock.Provider.GetLocalNow().AddHours(-30).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        using var logged = await client.PostFormAsync(page, $"/Time/Log/{patient}",
            ("program", "ccm"), ("activity", "phone-call"), ("start", start), ("minutes", "12"), ("note", "Short call"));
        Guid original;
        await using (var db = database.NewContext())
        {
            original = (await db.TimeEntries.SingleAsync(e => e.Note == "Short call", TestContext.Current.CancellationToken)).Id.Value;
        }

        (string, string)[] correction = [("entryId", original.ToString()), ("program", "ccm"), ("activity", "care-coordination"), ("start", start), ("minutes", "27"), ("note", "Call and follow-up")];
        using var noReason = await client.PostFormAsync(page, $"/Time/Log/{patient}?handler=Correct", correction);
        var afterRefusal = await PageHtml.GetAsync(client, page);
        using var corrected = await client.PostFormAsync(page, $"/Time/Log/{patient}?handler=Correct", [.. correction, ("reason", "The call ran on into coordination")]);
        var afterCorrection = await PageHtml.GetAsync(client, page);

        Assert.Contains("TIME-REASON-REQUIRED", afterRefusal, StringComparison.Ordinal);
        Assert.Contains("Corrected: 27 min of care-coordination", afterCorrection, StringComparison.Ordinal);
        Assert.Contains($"id=\"correct-minutes-", afterCorrection, StringComparison.Ordinal);
        await using (var db = database.NewContext())
        {
            var replacement = await db.TimeEntries.SingleAsync(e => e.Replaces == new Chronicle.Domain.Time.TimeEntryId(original), TestContext.Current.CancellationToken);
            Assert.Equal(27 * 60, replacement.DurationSeconds);
            Assert.Equal("The call ran on into coordination", replacement.Reason);
        }
    }

    [Fact]
    public async Task The_patient_page_shows_the_time_of_an_earlier_month_when_asked_and_ignores_a_month_that_is_not_one()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        Guid patient;
        await using (var db = database.NewContext())
        {
            patient = (await db.Patients.SingleAsync(p => p.Mrn == "RB1002", TestContext.Current.CancellationToken)).Id.Value;
        }

        var lastMonth = Chronicle.Domain.Common.BillingMonth.Of(DateOnly.FromDateTime(TestClock.Provider.GetLocalNow().DateTime)).Previous().ToString();
        var earlier = await PageHtml.GetAsync(client, $"/Patients/{patient}?timeMonth={lastMonth}");
        var nonsense = await PageHtml.GetAsync(client, $"/Patients/{patient}?timeMonth=soon");

        // The demo logs 42 minutes for RB1002 last month.
        Assert.Contains($"Time in {lastMonth}", earlier, StringComparison.Ordinal);
        Assert.Contains("class=\"time-minutes\">42<", earlier, StringComparison.Ordinal);
        Assert.DoesNotContain($"Time in {lastMonth}<", nonsense, StringComparison.Ordinal);
        Assert.Contains("id=\"time-heading\"", nonsense, StringComparison.Ordinal);
    }
}
