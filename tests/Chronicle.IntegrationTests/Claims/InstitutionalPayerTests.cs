namespace Chronicle.IntegrationTests.Claims;

using Chronicle.Interop.X12;
using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>
/// Issue 17 (ADR 0260): an institutional practice's Original Medicare claims go to the Part A MAC of
/// its payer directory, each line with the revenue code that payer wants (else the practice's);
/// without a Part A payer, or with a revenue code the setting cannot bill, the export names what to fix.
/// </summary>
public sealed class InstitutionalPayerTests
{
    private const string FacilityNpi = "1234567893";
    private const string Header = "payer_id,name,kind,mac_jurisdiction,claim_format,receiver_id,receiver_qualifier,receiver_name,revenue_code\n";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_rhc_sends_original_medicare_claims_to_its_part_a_mac_with_the_revenue_code_that_payer_wants(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider, billing: $"rhc,,{FacilityNpi},343975");
        await world.ImportAsync("payers", Header + PartA("medicare-part-a,JF", "0522"));

        var (result, path) = await ExportAsync(world);
        var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(0, result.ExitCode);
        var read = Claim837IReader.Read(text);
        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        var sent = Assert.Single(read.Contents.Claims);
        Assert.Equal(CoverageFixtures.PartAPayerId, sent.PayerId);
        Assert.Equal(["0522", "0522"], sent.Lines.Select(l => l.RevenueCode));
        Assert.Contains($"*ZZ*{CoverageFixtures.PartAReceiver,-15}*", text, StringComparison.Ordinal);
        Assert.Contains("SBR*P*18*******MA~", text, StringComparison.Ordinal);
        Assert.DoesNotContain(CoverageFixtures.MedicareReceiver, text, StringComparison.Ordinal);
        await NodeX12Check.AssertReadsAsync(path, claims: 1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Without_a_part_a_payer_an_rhc_export_says_to_add_one_and_marks_nothing_exported(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider, billing: $"rhc,,{FacilityNpi},343975");
        await world.ImportAsync("payers", Header + PartA("commercial,", string.Empty));

        var (result, _) = await ExportAsync(world);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("kind medicare-part-a", result.ToString(), StringComparison.Ordinal);
        var claims = ClaimsWorld.Json(await world.RunAsync("claims", "list", "--month", ClaimsWorld.Month, "--json")).GetProperty("claims");
        var statuses = claims.EnumerateArray().Select(c => c.GetProperty("status").GetString()).ToList();
        Assert.Contains("approved", statuses);
        Assert.DoesNotContain("exported", statuses);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_payers_clinic_revenue_code_is_refused_for_a_critical_access_hospital_under_method_ii(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider, billing: $"cah-method-ii,0960,{FacilityNpi},343975");
        await world.ImportAsync("payers", Header + PartA("medicare-part-a,JF", "0521"));

        var (result, _) = await ExportAsync(world);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains($"the revenue code of payer {CoverageFixtures.PartAPayerId}: '0521' is not a professional-fee revenue code", result.ToString(), StringComparison.Ordinal);
    }

    private static string PartA(string kindAndJurisdiction, string revenueCode) =>
        $"{CoverageFixtures.PartAPayerId},Medicare Part A (Noridian JF),{kindAndJurisdiction},837i,{CoverageFixtures.PartAReceiver},ZZ,NORIDIAN JF PART A,{revenueCode}\n";

    private static async Task<(CliResult Result, string Path)> ExportAsync(ClaimsWorld world)
    {
        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);
        Assert.Equal(0, (await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--all")).ExitCode);
        var path = world.Files.Write("march.x12", string.Empty);
        return (await world.RunAsync("claims", "export", "--month", ClaimsWorld.Month, "--out", path), path);
    }
}
