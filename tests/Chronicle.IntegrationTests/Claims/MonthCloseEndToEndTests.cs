namespace Chronicle.IntegrationTests.Claims;

using System.Text.Json;
using Chronicle.Interop.X12;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>
/// Issue 6, "End to end": import everything from CSV, close the month, export 837P, read the file
/// back with our strict reader and node-x12, and close again to find nothing changed.
/// </summary>
public sealed class MonthCloseEndToEndTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Imported_month_closes_exports_exactly_the_expected_claim_and_closing_again_changes_nothing(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider);

        var first = await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month, "--json");
        var decisions = ClaimsWorld.Json(first).EnumerateArray().ToDictionary(d => d.GetProperty("mrn").GetString()!);
        var again = await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month, "--json");

        Assert.Equal(["CL1001", "CL1002", "CL1003", "CL1004"], decisions.Keys.Order());
        Assert.All(decisions.Values, d => Assert.Equal("ccm", d.GetProperty("program").GetString()));
        var billable = decisions["CL1001"];
        Assert.Equal("billable", billable.GetProperty("status").GetString());
        var claim = billable.GetProperty("claim");
        Assert.Equal((ClaimsWorld.DoctorNpi, "2026-03-17", "11"), (claim.GetProperty("billingNpi").GetString(), claim.GetProperty("dateOfService").GetString(), claim.GetProperty("placeOfService").GetString()));
        Assert.Equal(["E119", "I10"], claim.GetProperty("diagnoses").EnumerateArray().Select(d => d.GetString()!));
        Assert.Equal(["99490x1", "99439x1"], claim.GetProperty("lines").EnumerateArray().Select(l => $"{l.GetProperty("code").GetString()}x{l.GetProperty("units").GetInt32()}"));
        Assert.Equal(45, billable.GetProperty("countedMinutes").GetProperty("clinicalStaff").GetInt32());
        Assert.NotEmpty(billable.GetProperty("explanation").EnumerateArray());
        Assert.Equal(("blocked", true), (decisions["CL1002"].GetProperty("status").GetString(), Reasons(decisions["CL1002"]).Contains("NO-CONSENT")));
        Assert.Equal(("not-billable", true, JsonValueKind.Null), (decisions["CL1003"].GetProperty("status").GetString(), Reasons(decisions["CL1003"]).Contains("BELOW-THRESHOLD"), decisions["CL1003"].GetProperty("claim").ValueKind));
        Assert.Equal(("blocked", true), (decisions["CL1004"].GetProperty("status").GetString(), Reasons(decisions["CL1004"]).Contains("OTHER-PRACTITIONER-BILLED")));
        Assert.Equal(first.Output, again.Output);
        Assert.Equal((4, 3, 0), await world.CountsAsync());

        var approved = await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--all", "--json");
        var path = world.Files.Write("march.x12", string.Empty);
        var export = await world.RunAsync("claims", "export", "--month", ClaimsWorld.Month, "--out", path, "--json");
        var afterExport = await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month, "--json");

        Assert.Single(ClaimsWorld.Json(approved).GetProperty("claims").EnumerateArray());
        Assert.True(export.ExitCode == 0, export.ToString());
        var read = Claim837Reader.Read(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        var sent = Assert.Single(read.Contents.Claims);
        Assert.Equal((int?)ClaimsWorld.Json(export).GetProperty("controlNumber").GetInt64(), read.Contents.InterchangeControlNumber);
        Assert.Equal(("1EG4TE5MK73", ClaimsWorld.PracticeNpi, ClaimsWorld.DoctorNpi, "11", "1"), (sent.PatientMbi, sent.BillingProviderNpi, sent.RenderingProviderNpi, sent.PlaceOfService, sent.Frequency));
        Assert.Equal(["E119", "I10"], sent.Diagnoses);
        Assert.Equal(["99490", "99439"], sent.Lines.Select(l => l.Code));
        Assert.All(sent.Lines, l => Assert.Equal((1m, new DateOnly(2026, 3, 17)), (l.Units, l.ServiceDate!.Value)));
        Assert.Equal(sent.Total, sent.Lines.Aggregate(Domain.Common.Money.Zero, (sum, l) => sum + l.Charge));
        await NodeX12Check.AssertReadsAsync(path, claims: 1);

        Assert.Equal(first.Output, afterExport.Output);
        Assert.Equal((4, 3, 1), await world.CountsAsync());
    }

    private static List<string> Reasons(JsonElement decision) =>
        decision.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToList();
}
