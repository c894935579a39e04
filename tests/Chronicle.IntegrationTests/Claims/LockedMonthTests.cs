namespace Chronicle.IntegrationTests.Claims;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Chronicle.Application.Demo;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Domain.Time;
using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Issue 14 item 4: a billed patient-month's time is locked. Time into an exported month is refused
/// by the CSV import, the JSON API and the web page alike, naming the claim, and nothing is written;
/// after 'chronicle claims correct' the entry goes in and the replacement claim carries it.
/// </summary>
public sealed class LockedMonthTests
{
    private const string TimeHeader = "mrn,program,staff_id,start,minutes,activity,note,inpatient\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Time_into_an_exported_month_is_refused_on_every_surface_until_the_claim_is_corrected_and_the_replacement_carries_it(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var files = new CsvFiles();
        using var nurse = await app.SignedInClientAsync(DemoSignIns.CareManager);

        // The demo bills its previous month on any day: close, approve and export it.
        var month = await PreviousMonthAsync(database);
        var first = JsonDocument.Parse(Ok(await CliRunner.RunAsync(database, "billing", "close", "--month", month, "--json")).Output).RootElement.Clone();
        Ok(await CliRunner.RunAsync(database, "claims", "approve", "--month", month, "--all"));
        Ok(await CliRunner.RunAsync(database, "claims", "export", "--month", month, "--out", files.Write("first.x12", string.Empty)));
        var (claim, mrn, patientId, staff) = await ExportedClaimAsync(database);
        var npi = await PracticeNpiAsync(database);
        var before = first.EnumerateArray().Single(d => d.GetProperty("mrn").GetString() == mrn).GetProperty("countedMinutes").GetProperty("clinicalStaff").GetInt32();
        var start = $"{month}-02T06:10";
        var entries = await EntriesAsync(database, patientId, month);

        var csv = await CsvFiles.ImportAsync(database, "time", files.Write("late.csv", TimeHeader + $"{mrn},ccm,{staff},{start},15,phone-call,,false\n"), "--practice", npi);
        using var api = await nurse.PostAsJsonAsync(new Uri($"/api/v1/patients/{patientId}/time", UriKind.Relative),
            new { program = "ccm", activity = "phone-call", start, durationSeconds = 900, reason = "Paper note found late" }, Ct);
        var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync(Ct)).RootElement;
        var page = $"/Patients/{patientId}";
        using var posted = await nurse.PostFormAsync(page, $"/Time/Log/{patientId}",
            ("program", "ccm"), ("activity", "phone-call"), ("start", start), ("minutes", "15"), ("reason", "Paper note found late"));
        var html = await posted.Content.ReadAsStringAsync(Ct) + await PageHtml.GetAsync(nurse, page);

        Assert.True(csv.ExitCode == 1 && csv.ToString().Contains(TimeCodes.MonthLocked, StringComparison.Ordinal) && csv.ToString().Contains(claim, StringComparison.Ordinal), csv.ToString());
        Assert.Equal((HttpStatusCode.Conflict, TimeCodes.MonthLocked), (api.StatusCode, problem.GetProperty("code").GetString()));
        Assert.Contains($"chronicle claims correct --claim {claim}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(TimeCodes.MonthLocked, html, StringComparison.Ordinal);
        Assert.Contains(claim, html, StringComparison.Ordinal);
        Assert.Equal(entries, await EntriesAsync(database, patientId, month));

        var corrected = JsonDocument.Parse(Ok(await CliRunner.RunAsync(database, "claims", "correct", "--claim", claim, "--reason", "A call was found on paper", "--json")).Output).RootElement.Clone();
        var accepted = await CsvFiles.ImportAsync(database, "time", files.Write("late-again.csv", TimeHeader + $"{mrn},ccm,{staff},{start},15,phone-call,,false\n"), "--practice", npi);
        var reclosed = JsonDocument.Parse(Ok(await CliRunner.RunAsync(database, "billing", "close", "--month", month, "--json")).Output).RootElement.Clone()
            .EnumerateArray().Single(d => d.GetProperty("mrn").GetString() == mrn);

        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        Assert.Equal(entries + 1, await EntriesAsync(database, patientId, month));
        var replacement = corrected.GetProperty("claimNumber").GetString();
        Assert.Equal((7, claim), (corrected.GetProperty("frequency").GetInt32(), corrected.GetProperty("originalReference").GetString()));
        Assert.Equal(before + 15, reclosed.GetProperty("countedMinutes").GetProperty("clinicalStaff").GetInt32());
        await using var db = database.NewContext();
        var carried = await db.BillingClaims.AsNoTracking().SingleAsync(c => c.ClaimNumber == replacement, Ct);
        var decision = await db.MonthDecisions.AsNoTracking().SingleAsync(d => d.Id == carried.DecisionId, Ct);
        Assert.True(carried.Status.IsOpen() && carried.Frequency == 7, carried.Status.ToCode());
        Assert.Equal(before + 15, decision.ClinicalStaffMinutes);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_approved_claim_locks_its_month_and_correcting_it_reopens_the_claim_for_the_late_time(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider);
        Ok(await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month));
        var claim = ClaimsWorld.Json(await world.RunAsync("claims", "list", "--month", ClaimsWorld.Month, "--json")).GetProperty("claims").EnumerateArray()
            .Single(c => c.GetProperty("mrn").GetString() == "CL1001").GetProperty("claimNumber").GetString()!;
        Ok(await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--claim", claim));
        const string late = TimeHeader + "CL1001,ccm,CT-02,2026-03-24T11:00,20,phone-call,,false\n";

        var refused = await CsvFiles.ImportAsync(world.Database, "time", world.Files.Write("late.csv", late), "--practice", ClaimsWorld.PracticeNpi);
        var noReason = await world.RunAsync("claims", "correct", "--claim", claim);
        var reopened = ClaimsWorld.Json(await world.RunAsync("claims", "correct", "--claim", claim, "--reason", "Late minutes", "--json"));
        await world.ImportAsync("time", late);
        var list = ClaimsWorld.Json(await world.RunAsync("claims", "list", "--month", ClaimsWorld.Month, "--json"));
        var close = ClaimsWorld.Json(await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month, "--json")).EnumerateArray()
            .Single(d => d.GetProperty("mrn").GetString() == "CL1001");
        var after = ClaimsWorld.Json(await world.RunAsync("claims", "list", "--month", ClaimsWorld.Month, "--json"));

        Assert.True(refused.ExitCode == 1 && refused.ToString().Contains($"claim {claim} was approved", StringComparison.Ordinal), refused.ToString());
        Assert.True(noReason.ExitCode == 1 && noReason.Error.Contains("CLAIM-REASON-REQUIRED", StringComparison.Ordinal), noReason.ToString());
        Assert.Equal((claim, 1, "ready", true), (reopened.GetProperty("claimNumber").GetString(), reopened.GetProperty("frequency").GetInt32(),
            reopened.GetProperty("status").GetString(), reopened.GetProperty("timeUnlocked").GetBoolean()));
        Assert.Equal([claim], list.GetProperty("changedSinceClose").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(65, close.GetProperty("countedMinutes").GetProperty("clinicalStaff").GetInt32());
        Assert.Equal(["99490x1", "99439x2"], close.GetProperty("claim").GetProperty("lines").EnumerateArray().Select(l => $"{l.GetProperty("code").GetString()}x{l.GetProperty("units").GetInt32()}"));
        Assert.Empty(after.GetProperty("changedSinceClose").EnumerateArray());
        Assert.Equal((4, 3, 0), await world.CountsAsync());
    }

    private static CliResult Ok(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private static async Task<string> PracticeNpiAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return (await db.Practices.AsNoTracking().SingleAsync(Ct)).GroupNpi.Value;
    }

    private static async Task<string> PreviousMonthAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var practice = await db.Practices.AsNoTracking().SingleAsync(Ct);
        return BillingMonth.Of(practice.TimeZone.LocalDateOf(TestClock.Now)).Previous().ToString();
    }

    /// <summary>An exported CCM claim, its patient, and the demo care manager's staff id (she logs her own time).</summary>
    private static async Task<(string Claim, string Mrn, Guid PatientId, string Staff)> ExportedClaimAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var claim = await db.BillingClaims.AsNoTracking().Where(c => c.Status == ClaimStatus.Exported && c.Program == Domain.Enrollment.CareProgram.Ccm)
            .OrderBy(c => c.ClaimNumber).FirstAsync(Ct);
        var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == claim.PatientId, Ct);
        var staffId = await db.Users.AsNoTracking().Where(u => u.Email == DemoSignIns.CareManager).Select(u => u.StaffId).SingleAsync(Ct);
        var staff = await db.StaffMembers.AsNoTracking().SingleAsync(s => s.Id == staffId, Ct);
        return (claim.ClaimNumber, patient.Mrn, patient.Id.Value, staff.ExternalId);
    }

    private static async Task<int> EntriesAsync(TestDatabase database, Guid patientId, string month)
    {
        await using var db = database.NewContext();
        var id = new PatientId(patientId);
        var key = BillingMonth.Parse(month).Key;
        return await db.TimeEntries.CountAsync(e => e.PatientId == id && e.MonthKey == key, Ct);
    }
}
