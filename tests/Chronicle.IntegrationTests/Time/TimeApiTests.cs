namespace Chronicle.IntegrationTests.Time;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>/api/v1 time endpoints on both databases: the same rules as the pages and CLI, and no lost entry under load.</summary>
public sealed class TimeApiTests
{
    // September 2026: before the demo's own time (this month and the last), and past the back-date limit.
    private const string Month = "2026-09";
    private static readonly string[] Mrns = ["RB1001", "RB1002", "RB1003"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Twenty_parallel_clients_lose_no_entry_and_the_totals_are_exact(string provider)
    {
        const int clients = 20;
        const int perClient = 6;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        var patients = await PatientIdsAsync(app, database);
        var signedIn = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => app.SignedInClientAsync(DemoSignIns.CareManager)));

        // Client c's k-th entry: patient k % 3, 10 min + c seconds, in its own quarter hour (one person, no overlaps).
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var work = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            await go.Task;
            var statuses = new List<HttpStatusCode>();
            for (var k = 0; k < perClient; k++)
            {
                var slot = (c * perClient) + k;
                var start = new DateTime(2026, 9, 1, 8, 0, 0).AddMinutes(slot * 15);
                using var response = await signedIn[c].PostAsJsonAsync(
                    new Uri($"/api/v1/patients/{patients[Mrns[k % 3]]}/time", UriKind.Relative),
                    new { program = "ccm", activity = "phone-call", start = start.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture), durationSeconds = 600 + c, reason = "Backfill from the paper log" },
                    Ct);
                statuses.Add(response.StatusCode);
            }

            return statuses;
        }, Ct)).ToList();
        for (var c = 0; c < clients; c++)
        {
            for (var k = 0; k < perClient; k++)
            {
                expected[Mrns[k % 3]] = expected.GetValueOrDefault(Mrns[k % 3]) + 600 + c;
            }
        }

        go.SetResult();
        var results = await Task.WhenAll(work);

        Assert.All(results.SelectMany(s => s), s => Assert.Equal(HttpStatusCode.Created, s));
        await using (var db = database.NewContext())
        {
            var stored = await db.TimeEntries.Where(e => e.MonthKey == 202609).Select(e => new { e.PatientId, e.DurationSeconds }).ToListAsync(Ct);
            Assert.Equal(clients * perClient, stored.Count);
            Assert.Equal(
                Mrns.Select(m => $"{m} {expected[m]}"),
                Mrns.Select(m => $"{m} {stored.Where(e => e.PatientId.Value == patients[m]).Sum(e => e.DurationSeconds)}"));
        }

        // Every logged minute is in the summary, countable or not: the demo's consents are dated
        // relative to the day it is seeded, so some of September may fall before them (and not count).
        var summary = await GetJsonAsync(signedIn[0], $"/api/v1/time/summary?month={Month}");
        var shown = summary.EnumerateArray().ToDictionary(r => r.GetProperty("mrn").GetString()!, r => r.GetProperty("clinicalStaffMinutes").GetInt32() + r.GetProperty("excludedMinutes").GetInt32(), StringComparer.Ordinal);
        Assert.Equal(Mrns, shown.Keys.Order(StringComparer.Ordinal));
        Assert.All(Mrns, m => Assert.InRange(shown[m], (expected[m] / 60) - 1, expected[m] / 60));
        foreach (var client in signedIn)
        {
            client.Dispose();
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Log_correct_void_and_list_follow_the_ledger_rules(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        var patients = await PatientIdsAsync(app, database);
        using var nurse = await app.SignedInClientAsync(DemoSignIns.CareManager);
        using var biller = await app.SignedInClientAsync(DemoSignIns.Biller);
        var url = $"/api/v1/patients/{patients["RB1001"]}/time";
        var entry = new { program = "ccm", activity = "care-coordination", start = "2026-09-10T09:00", durationSeconds = 900, note = "Spoke to cardiology", reason = "Backfill" };

        var (created, logged) = await PostAsync(nurse, url, entry);
        var id = logged.GetProperty("id").GetGuid();
        var (correctedStatus, corrected) = await PostAsync(nurse, $"/api/v1/time/{id}/correction", entry with { durationSeconds = 1500, reason = "Call ran longer" });
        var (againStatus, again) = await PostAsync(nurse, $"/api/v1/time/{id}/void", new { reason = "Wrong" });
        var (voidStatus, _) = await PostAsync(nurse, $"/api/v1/time/{corrected.GetProperty("id").GetGuid()}/void", new { reason = "Wrong patient" });
        var (badProgram, badProgramProblem) = await PostAsync(nurse, url, entry with { program = "rpm" });
        var (badJson, badJsonProblem) = await PostAsync(nurse, url, new { program = "ccm", activity = "phone-call", start = "2026-09-10T09:00", durationSeconds = "ten" });
        var (future, futureProblem) = await PostAsync(nurse, url, entry with { start = "2099-01-01T09:00" });
        var (_, second) = await PostAsync(nurse, url, entry with { start = "2026-09-11T09:00" });
        var (noReason, noReasonProblem) = await PostAsync(nurse, $"/api/v1/time/{second.GetProperty("id").GetGuid()}/void", new { reason = "" });
        var (readOnly, readOnlyProblem) = await PostAsync(biller, url, entry);
        var (unknown, _) = await PostAsync(nurse, $"/api/v1/time/{Guid.NewGuid()}/void", new { reason = "x" });
        var list = await GetJsonAsync(nurse, $"{url}?month={Month}");

        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal("clinical-staff", logged.GetProperty("performer").GetString());
        Assert.Equal(15, logged.GetProperty("minutes").GetInt32());
        Assert.Equal(HttpStatusCode.Created, correctedStatus);
        Assert.Equal(id, corrected.GetProperty("replaces").GetGuid());
        Assert.Equal(HttpStatusCode.Conflict, againStatus);
        Assert.Equal("TIME-SUPERSEDED", again.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, voidStatus);
        Assert.Equal(HttpStatusCode.BadRequest, badProgram);
        Assert.Equal("program", badProgramProblem.GetProperty("property").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badJson);
        Assert.Contains("durationSeconds", badJsonProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("TIME-FUTURE", futureProblem.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future);
        Assert.Equal("TIME-REASON-REQUIRED", noReasonProblem.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, readOnly);
        Assert.Equal("ACCESS-DENIED", readOnlyProblem.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason);
        Assert.Equal(["correction", "entry", "entry", "void"], list.EnumerateArray().Select(e => e.GetProperty("kind").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal([second.GetProperty("id").GetGuid()], list.EnumerateArray().Where(e => e.GetProperty("inForce").GetBoolean()).Select(e => e.GetProperty("id").GetGuid()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_care_manager_logs_only_her_own_time_and_a_locked_month_answers_409(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        var patients = await PatientIdsAsync(app, database);
        using var nurse = await app.SignedInClientAsync(DemoSignIns.CareManager);
        Guid otherStaff;
        await using (var db = database.NewContext())
        {
            otherStaff = (await db.StaffMembers.SingleAsync(s => s.ExternalId == "lpn-hughes", Ct)).Id.Value;
            db.MonthLocks.Add(Chronicle.Domain.Time.MonthLock.Create(
                (await db.Patients.SingleAsync(p => p.Mrn == "RB1002", Ct)).PracticeId, new(patients["RB1002"]), Chronicle.Domain.Common.BillingMonth.Parse(Month), "test", "Billed", DateTimeOffset.UnixEpoch));
            await db.SaveChangesAsync(Ct);
        }

        var (someoneElse, problem) = await PostAsync(nurse, $"/api/v1/patients/{patients["RB1001"]}/time",
            new { program = "ccm", activity = "phone-call", start = "2026-09-10T09:00", durationSeconds = 600, reason = "x", staffId = otherStaff });
        var (locked, lockedProblem) = await PostAsync(nurse, $"/api/v1/patients/{patients["RB1002"]}/time",
            new { program = "ccm", activity = "phone-call", start = "2026-09-10T09:00", durationSeconds = 600, reason = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, someoneElse);
        Assert.Equal("ACCESS-DENIED", problem.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, locked);
        Assert.Equal("TIME-MONTH-LOCKED", lockedProblem.GetProperty("code").GetString());
    }

    private static async Task<Dictionary<string, Guid>> PatientIdsAsync(ChronicleAppFactory app, TestDatabase database)
    {
        app.CreateClient().Dispose();
        await using var db = database.NewContext();
        return await db.Patients.Where(p => Mrns.Contains(p.Mrn)).ToDictionaryAsync(p => p.Mrn, p => p.Id.Value, Ct);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync<T>(HttpClient client, string url, T body)
    {
        using var response = await client.PostAsJsonAsync(new Uri(url, UriKind.Relative), body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
