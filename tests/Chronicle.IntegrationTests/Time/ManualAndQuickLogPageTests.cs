namespace Chronicle.IntegrationTests.Time;

using System.Net;
using Chronicle.Application.Demo;
using Chronicle.Domain.Common;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Web;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

/// <summary>
/// The manual time form and the worklist's quick log, posted as a browser without script would,
/// on a fake clock (09:00 in the demo practice's Chicago): a long entry is saved only once
/// confirmed, a refusal comes back in plain words with what was typed, and a quick log ends now.
/// </summary>
public sealed class ManualAndQuickLogPageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 16, 15, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_manual_entry_past_the_long_entry_limit_is_saved_only_once_confirmed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = Clocked(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var patient = await PatientAsync(database, "RB1005");
        var page = $"/Patients/{patient}";
        (string, string)[] form = [("program", "ccm"), ("activity", "care-coordination"), ("end", "2026-11-16T08:30"), ("minutes", "150"), ("note", "Family conference")];

        using var unconfirmed = await client.PostFormAsync(page, $"/Time/Log/{patient}", form);
        var afterRefusal = await PageHtml.GetAsync(client, page);
        var stored = await EntriesAsync(database, patient);
        using var tooLong = await client.PostFormAsync(page, $"/Time/Log/{patient}", [.. form.Where(f => f.Item1 != "minutes"), ("minutes", "900")]);
        var afterTooLong = await PageHtml.GetAsync(client, page);
        using var future = await client.PostFormAsync(page, $"/Time/Log/{patient}", [.. form.Where(f => f.Item1 != "end"), ("end", "2026-11-16T09:30")]);
        var afterFuture = await PageHtml.GetAsync(client, page);
        using var confirmed = await client.PostFormAsync(page, $"/Time/Log/{patient}", [.. form, ("confirmLong", "true")]);

        Assert.Equal($"/Patients/{patient}#log-time", unconfirmed.Headers.Location?.OriginalString);
        Assert.Contains("data-code=\"TIME-CONFIRM-LONG\"", afterRefusal, StringComparison.Ordinal);
        Assert.Contains("id=\"log-confirm-long\"", afterRefusal, StringComparison.Ordinal);
        Assert.Contains(">Family conference</textarea>", afterRefusal, StringComparison.Ordinal);
        Assert.Equal(0, stored);
        Assert.Contains("900 minutes is more than 12 hours; enter at most 720 minutes.", afterTooLong, StringComparison.Ordinal);
        Assert.Contains("it is 09:00 in Riverbend", afterFuture, StringComparison.Ordinal);
        Assert.Equal($"/Patients/{patient}#time", confirmed.Headers.Location?.OriginalString);
        await using var db = database.NewContext();
        var entry = await db.TimeEntries.SingleAsync(e => e.PatientId == new PatientId(patient) && e.Note == "Family conference", Ct);
        Assert.Equal((150 * 60, new DateTimeOffset(2026, 11, 16, 12, 0, 0, TimeSpan.Zero)), (entry.DurationSeconds, entry.Start));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_quick_log_from_todays_calls_ends_now_and_returns_to_the_list(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = Clocked(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var patient = await PatientAsync(database, "RB1001");
        var list = await PageHtml.GetAsync(client, "/Time");

        using var logged = await client.PostFormAsync("/Time", $"/Time/Log/{patient}?handler=Quick",
            ("program", "ccm"), ("activity", "phone-call"), ("minutes", "5"), ("patientName", "RB1001"), ("returnUrl", "/Time?everyone=true"));
        var after = await PageHtml.GetAsync(client, "/Time?everyone=true");
        using var offsite = await client.PostFormAsync("/Time", $"/Time/Log/{patient}?handler=Quick",
            ("program", "ccm"), ("activity", "phone-call"), ("minutes", "0"), ("returnUrl", "https://example.com/"));
        var afterRefusal = await PageHtml.GetAsync(client, "/Time");

        Assert.Contains($"id=\"quick-{patient:N}-ccm\"", list, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, "/Time?everyone=true"), (logged.StatusCode, logged.Headers.Location?.OriginalString));
        Assert.Contains("Logged 5 min of phone-call", after, StringComparison.Ordinal);
        Assert.Equal($"/Time#quick-{patient:N}-ccm", offsite.Headers.Location?.OriginalString);
        Assert.Contains("An entry needs some time: enter at least 1 minute.", afterRefusal, StringComparison.Ordinal);
        await using var db = database.NewContext();
        var start = Now.AddMinutes(-5);
        var entry = await db.TimeEntries.SingleAsync(e => e.PatientId == new PatientId(patient) && e.Start == start, Ct);
        Assert.Equal(300, entry.DurationSeconds);
    }

    private static WebApplicationFactory<Program> Clocked(TestDatabase database) =>
        new ChronicleAppFactory(database).WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now))));

    private static async Task<Guid> PatientAsync(TestDatabase database, string mrn)
    {
        await using var db = database.NewContext();
        return (await db.Patients.SingleAsync(p => p.Mrn == mrn, Ct)).Id.Value;
    }

    private static async Task<int> EntriesAsync(TestDatabase database, Guid patient)
    {
        await using var db = database.NewContext();
        return await db.TimeEntries.CountAsync(e => e.PatientId == new PatientId(patient) && e.Note == "Family conference", Ct);
    }
}
