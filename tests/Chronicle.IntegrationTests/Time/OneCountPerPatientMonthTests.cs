namespace Chronicle.IntegrationTests.Time;

using System.Globalization;
using System.Text;
using System.Text.Json;
using Chronicle.Application;
using Chronicle.Application.Database;
using Chronicle.Application.Demo;
using Chronicle.Application.Security;
using Chronicle.IntegrationTests.Claims;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

/// <summary>
/// Issue 14, "Must show": one RN on two patients at once (overlapping entries with different
/// starts). 'chronicle time summary --json' and 'chronicle billing close --json' give every
/// patient-month the same countable minutes, and the patient the overlap leaves below 20 minutes is
/// not billed: for a practice imported with 'chronicle import csv' and for the demo practice.
/// </summary>
public sealed class OneCountPerPatientMonthTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_imported_nurse_on_two_patients_at_once_counts_the_shared_minutes_once_in_the_summary_and_the_close(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider, withTime: false);

        // The issue's case: care-plan work for CL1001 09:10–09:25 and a 10-minute call for CL1003 at
        // 09:15 by the same nurse, plus 15 other minutes for CL1003 (and 10 more for CL1001).
        await world.ImportAsync("time", "mrn,program,staff_id,start,minutes,activity,note,inpatient\n" +
            "CL1001,ccm,CT-02,2026-03-10T09:10,15,care-plan,,false\n" +
            "CL1003,ccm,CT-02,2026-03-10T09:15,10,phone-call,,false\n" +
            "CL1003,ccm,CT-02,2026-03-12T10:00,15,phone-call,,false\n" +
            "CL1001,ccm,CT-02,2026-03-13T10:00,10,phone-call,,false\n");
        var summary = Rows(await world.RunAsync("time", "summary", "--month", ClaimsWorld.Month, "--json"));
        var close = Rows(await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month, "--json"));

        Assert.Equal(15, summary["CL1003"].GetProperty("clinicalStaffMinutes").GetInt32());
        Assert.Equal(25, summary["CL1001"].GetProperty("clinicalStaffMinutes").GetInt32());
        AssertSameMinutes(summary, close);
        Assert.Equal(("not-billable", JsonValueKind.Null), (close["CL1003"].GetProperty("status").GetString(), close["CL1003"].GetProperty("claim").ValueKind));
        Assert.Contains("BELOW-THRESHOLD", Reasons(close["CL1003"]));
        Assert.Contains("OVERLAPPING-TIME", Reasons(close["CL1003"]));
        Assert.Equal(["99490x1"], Lines(close["CL1001"]));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_practices_summary_and_close_agree_and_its_cross_patient_overlap_leaves_RB1016_unbilled(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 16, 0, 0, TimeSpan.Zero));
        var token = TestContext.Current.CancellationToken;
        await RunAsync<MigrateDatabase>(database, clock, u => u.ExecuteAsync(token));
        await RunAsync<SeedDemoPractice>(database, clock, u => u.SeedAsync(token));

        var summary = Rows(await CliRunner.RunAsync(database, "time", "summary", "--month", "2026-10", "--json"));
        var close = Rows(await CliRunner.RunAsync(database, "billing", "close", "--month", "2026-10", "--json"));

        Assert.True(summary.Count > 10, $"{summary.Count} patient-months");
        AssertSameMinutes(summary, close);
        Assert.Equal(15, summary["RB1016"].GetProperty("clinicalStaffMinutes").GetInt32());
        Assert.Equal("not-billable", close["RB1016"].GetProperty("status").GetString());
        Assert.Contains("OVERLAPPING-TIME", Reasons(close["RB1016"]));
    }

    /// <summary>Every patient-month with time: the close counted what the summary shows.</summary>
    internal static void AssertSameMinutes(Dictionary<string, JsonElement> summary, Dictionary<string, JsonElement> close)
    {
        var report = new StringBuilder();
        foreach (var (key, row) in summary)
        {
            var counted = close[key].GetProperty("countedMinutes");
            var ledger = (row.GetProperty("clinicalStaffMinutes").GetInt32(), row.GetProperty("billingPractitionerMinutes").GetInt32());
            var billed = (counted.GetProperty("clinicalStaff").GetInt32(), counted.GetProperty("billingPractitioner").GetInt32());
            if (ledger != billed)
            {
                report.Append(CultureInfo.InvariantCulture, $"{key}: summary {ledger}, close {billed}; ");
            }
        }

        Assert.True(report.Length == 0, report.ToString());
    }

    /// <summary>The rows of a --json array by MRN (and program, when not CCM).</summary>
    internal static Dictionary<string, JsonElement> Rows(CliResult result) =>
        ClaimsWorld.Json(result).EnumerateArray().ToDictionary(
            r => r.GetProperty("program").GetString() == "ccm" ? r.GetProperty("mrn").GetString()! : $"{r.GetProperty("mrn").GetString()} {r.GetProperty("program").GetString()}");

    private static List<string> Reasons(JsonElement decision) =>
        decision.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToList();

    private static List<string> Lines(JsonElement decision) =>
        decision.GetProperty("claim").GetProperty("lines").EnumerateArray().Select(l => $"{l.GetProperty("code").GetString()}x{l.GetProperty("units").GetInt32()}").ToList();

    private static async Task RunAsync<TUseCase>(TestDatabase database, TimeProvider clock, Func<TUseCase, Task> run)
        where TUseCase : notnull
    {
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddSingleton<IActorContext>(new SystemActors());
        services.AddLogging();
        services.AddChronicleApplication(database.Options);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    private sealed class SystemActors : IActorContext
    {
        public Actor Current => SystemActor.Value;
    }
}
