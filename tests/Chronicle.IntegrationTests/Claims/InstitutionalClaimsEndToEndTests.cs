namespace Chronicle.IntegrationTests.Claims;

using Chronicle.Interop.X12;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>
/// Issue 17, "Must show": a rural health clinic, health center or critical access hospital (Method II)
/// imported from CSV closes its month, approves and exports an 837I that the strict reader and
/// node-x12 read back, with the setting's type of bill, revenue code and amounts; a correction
/// goes out as a replacement with REF*F8.
/// </summary>
public sealed class InstitutionalClaimsEndToEndTests
{
    private const string FacilityNpi = "1234567893";

    public static TheoryData<string, string, string, string, string> Settings()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var provider in new[] { "sqlite", "postgres" })
        {
            // 2026 national non-facility: 99490 $66.13 + 99439 $50.44; a CAH under Method II 115% of each.
            data.Add(provider, "rhc,,", "0711", "0521", "116.57");
            data.Add(provider, "fqhc,,", "0771", "0521", "116.57");
            data.Add(provider, "cah-method-ii,0960,", "0851", "0960", "134.06");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task The_month_closes_approves_and_exports_an_837I_with_the_settings_type_of_bill_revenue_code_and_amounts(
        string provider, string setting, string typeOfBill, string revenueCode, string total)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider, billing: $"{setting}{FacilityNpi},343975");

        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);
        Assert.Equal(0, (await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--all")).ExitCode);
        var path = world.Files.Write("march.x12", string.Empty);
        var export = ClaimsWorld.Json(await world.RunAsync("claims", "export", "--month", ClaimsWorld.Month, "--out", path, "--json"));
        var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);

        var read = Claim837IReader.Read(text);
        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        Assert.Equal(total, Domain.Common.Money.FromDollars(export.GetProperty("chargeCents").GetInt64() / 100m).ToPlainString());
        var sent = Assert.Single(read.Contents.Claims);
        Assert.Equal((typeOfBill, FacilityNpi, ClaimsWorld.DoctorNpi, "1EG4TE5MK73"), (sent.TypeOfBill, sent.BillingProviderNpi, sent.AttendingNpi, sent.PatientMbi));
        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)), (sent.StatementFrom!.Value, sent.StatementThrough!.Value));
        Assert.Contains("DTP*434*RD8*20260301-20260331~", text, StringComparison.Ordinal);
        Assert.Contains("HI*ABK:E119~", text, StringComparison.Ordinal);
        Assert.Contains($"NM1*71*1*OKAFOR*HARRIET****XX*{ClaimsWorld.DoctorNpi}~", text, StringComparison.Ordinal);
        Assert.Equal(["E119", "I10"], sent.Diagnoses);
        Assert.Equal([$"{revenueCode} 99490 x1 2026-03-17", $"{revenueCode} 99439 x1 2026-03-17"], sent.Lines.Select(l => $"{l.RevenueCode} {l.Code} x{l.Units} {l.ServiceDate:yyyy-MM-dd}"));
        Assert.Equal(total, sent.Total.ToPlainString());
        Assert.All(sent.Lines, l => Assert.StartsWith(sent.ClaimId + "-", l.LineControlNumber, StringComparison.Ordinal));
        await NodeX12Check.AssertReadsAsync(path, claims: 1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_corrected_rhc_claim_goes_out_as_type_of_bill_0717_with_the_original_in_REF_F8(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider, billing: $"rhc,,{FacilityNpi},343975");
        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);
        Assert.Equal(0, (await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--all")).ExitCode);
        var first = world.Files.Write("first.x12", string.Empty);
        var original = ClaimsWorld.Json(await world.RunAsync("claims", "export", "--month", ClaimsWorld.Month, "--out", first, "--json")).GetProperty("claims")[0].GetString()!;

        var replacement = ClaimsWorld.Json(await world.RunAsync("claims", "correct", "--claim", original, "--reason", "Late minutes", "--json")).GetProperty("claimNumber").GetString()!;
        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);
        Assert.Equal(0, (await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--claim", replacement)).ExitCode);
        var second = world.Files.Write("second.x12", string.Empty);
        Assert.Equal(0, (await world.RunAsync("claims", "export", "--month", ClaimsWorld.Month, "--out", second)).ExitCode);
        var text = await File.ReadAllTextAsync(second, TestContext.Current.CancellationToken);

        var read = Claim837IReader.Read(text);
        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        var sent = Assert.Single(read.Contents.Claims);
        Assert.Equal((replacement, "0717", original), (sent.ClaimId, sent.TypeOfBill, sent.OriginalClaimReference));
        Assert.Contains($"*71:A:7**A*Y*Y~", text, StringComparison.Ordinal);
        Assert.Contains($"REF*F8*{original}~", text, StringComparison.Ordinal);
        await NodeX12Check.AssertReadsAsync(second, claims: 1);
    }
}
