namespace Chronicle.IntegrationTests.Payers;

using System.Text.Json;
using Chronicle.IntegrationTests.Claims;
using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.Interop.X12;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// ADR 0220 and 0221 end to end through the CLI: month close bills each patient-month to the primary
/// coverage in force on its date of service, blocks one without, and the export writes one file per
/// receiver, the Medicare Advantage member's to the plan with its payer id and member id.
/// </summary>
public sealed class ClaimRoutingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_Medicare_Advantage_claim_goes_in_its_own_file_to_the_plans_receiver_with_the_plans_ids(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider, withTime: false);

        // CL1001 left Original Medicare for the plan on 1 March; CL1004 stays. Both bill March.
        await world.ImportAsync("coverage", CoverageFixtures.Header +
            $"CL1001,{CoverageFixtures.MedicarePayerId},1EG4TE5MK73,,primary,2015-01-01,2026-02-28\n" +
            $"CL1001,{CoverageFixtures.AdvantagePayerId},LKM-5501,HMO,primary,2026-03-01,\n");
        await world.ImportAsync("time", "mrn,program,staff_id,start,minutes,activity,note,inpatient\n" +
            "CL1001,ccm,CT-02,2026-03-10T09:00,25,phone-call,,false\nCL1004,ccm,CT-02,2026-03-13T10:00,30,medication-reconciliation,,false\n");

        var closed = await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month, "--json");
        var approved = await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--all", "--json");
        var path = world.Files.Write("march.x12", string.Empty);
        var export = await world.RunAsync("claims", "export", "--month", ClaimsWorld.Month, "--out", path, "--json");

        Assert.True(closed.ExitCode == 0, closed.ToString());
        Assert.Equal(2, ClaimsWorld.Json(approved).GetProperty("claims").GetArrayLength());
        var files = ClaimsWorld.Json(export).GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("receiver").GetString()!, f => f.GetProperty("file").GetString()!);
        Assert.Equal([CoverageFixtures.AdvantageReceiver, CoverageFixtures.MedicareReceiver], files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(path, files[CoverageFixtures.AdvantageReceiver]);

        var plan = await ReadAsync(files[CoverageFixtures.AdvantageReceiver]);
        var mac = await ReadAsync(files[CoverageFixtures.MedicareReceiver]);
        Assert.Equal((CoverageFixtures.AdvantageReceiver, "T"), (Isa(plan.Text, 8), Isa(plan.Text, 15)));
        Assert.Equal(("CHRONICLETEST", "ZZ"), (Isa(plan.Text, 6), Isa(plan.Text, 5)));
        var planClaim = Assert.Single(plan.Read.Contents.Claims);
        Assert.Equal((CoverageFixtures.AdvantagePayerId, "LKM-5501"), (planClaim.PayerId, planClaim.PatientMbi));
        Assert.Contains("SBR*P*18*******16~", plan.Text, StringComparison.Ordinal);
        var macClaim = Assert.Single(mac.Read.Contents.Claims);
        Assert.Equal((CoverageFixtures.MedicarePayerId, "4AC5DE6FG79"), (macClaim.PayerId, macClaim.PatientMbi));
        Assert.NotEqual(plan.Read.Contents.InterchangeControlNumber, mac.Read.Contents.InterchangeControlNumber);
        await NodeX12Check.AssertReadsAsync(files[CoverageFixtures.AdvantageReceiver], claims: 1);
        await NodeX12Check.AssertReadsAsync(files[CoverageFixtures.MedicareReceiver], claims: 1);

        await using var db = world.Database.NewContext();
        var claims = await db.BillingClaims.AsNoTracking().ToListAsync(Ct);
        var patients = await db.Patients.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Mrn, Ct);
        Assert.Equal(
            [("CL1001", CoverageFixtures.AdvantagePayerId, "LKM-5501"), ("CL1004", CoverageFixtures.MedicarePayerId, "4AC5DE6FG79")],
            claims.Select(c => (patients[c.PatientId], c.PayerCode, c.MemberId)).Order());
        var recorded = await db.ClaimFiles.AsNoTracking().OrderBy(f => f.ReceiverId).Select(f => new { f.ReceiverId, f.Usage, f.ControlNumber }).ToListAsync(Ct);
        Assert.Equal([CoverageFixtures.AdvantageReceiver, CoverageFixtures.MedicareReceiver], recorded.Select(f => f.ReceiverId));
        Assert.All(recorded, f => Assert.Equal("T", f.Usage));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_patient_month_with_no_coverage_in_force_on_its_date_of_service_is_blocked_with_NO_COVERAGE(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider);

        // CL1001's date of service is 17 March (the 40-minute mark); its coverage ends the day before.
        await world.ImportAsync("coverage", CoverageFixtures.Header + $"CL1001,{CoverageFixtures.MedicarePayerId},1EG4TE5MK73,,primary,2015-01-01,2026-03-16\n");
        var closed = await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month, "--json");

        var decision = ClaimsWorld.Json(closed).EnumerateArray().Single(d => d.GetProperty("mrn").GetString() == "CL1001");
        Assert.Equal("blocked", decision.GetProperty("status").GetString());
        var reason = Assert.Single(decision.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "NO-COVERAGE");
        Assert.Contains("2026-03-17", reason.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, decision.GetProperty("claim").ValueKind);
    }

    private static async Task<(string Text, Claim837ReadResult Read)> ReadAsync(string path)
    {
        var text = await File.ReadAllTextAsync(path, Ct);
        var read = Claim837Reader.Read(text);
        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        return (text, read);
    }

    // ISA is fixed width: the element separator is its 4th character, its elements are padded.
    private static string Isa(string text, int element) => text.Split(text[105])[0].Split(text[3])[element].Trim();
}
