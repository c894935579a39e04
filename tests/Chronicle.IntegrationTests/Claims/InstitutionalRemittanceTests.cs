namespace Chronicle.IntegrationTests.Claims;

using System.Globalization;
using Chronicle.Interop.X12;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>
/// Issue 17 item 4: an 835 answering an RHC's 837I is posted as a professional one is. Its SVC
/// lines carry the revenue code, either beside the procedure (SVC01 HC:99490, SVC04 0521) or alone
/// (SVC01 NU:0521 with the billed procedure in SVC06); each is matched to its claim line by REF*6R,
/// else by the procedure code.
/// </summary>
public sealed class InstitutionalRemittanceTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_institutional_835_posts_each_svc_line_to_its_claim_line_by_control_number_or_code(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider, billing: "rhc,,1234567893,343975");
        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);
        Assert.Equal(0, (await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--all")).ExitCode);
        var path = world.Files.Write("march.x12", string.Empty);
        Assert.Equal(0, (await world.RunAsync("claims", "export", "--month", ClaimsWorld.Month, "--out", path)).ExitCode);
        var sent = Assert.Single(Claim837IReader.Read(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).Contents.Claims);
        var (first, second) = (sent.Lines[0], sent.Lines[1]);
        var (paid1, paid2) = (Math.Round(first.Charge.Dollars * 0.8m, 2), Math.Round(second.Charge.Dollars * 0.8m, 2));
        var (owed1, owed2) = (first.Charge.Dollars - paid1, second.Charge.Dollars - paid2);

        var remit = world.Files.Write("era.835", Remit835(
        [
            $"CLP*{sent.ClaimId}*1*{Amount(sent.Total.Dollars)}*{Amount(paid1 + paid2)}*{Amount(owed1 + owed2)}*MA*PA20260001*71*1",
            $"SVC*HC:{first.Code}*{Amount(first.Charge.Dollars)}*{Amount(paid1)}*{first.RevenueCode}*1", "DTM*472*20260317", $"CAS*PR*2*{Amount(owed1)}", $"REF*6R*{first.LineControlNumber}",

            // Paid by revenue code only, with no REF*6R: the procedure billed (SVC06) names the line.
            $"SVC*NU:{second.RevenueCode}*{Amount(second.Charge.Dollars)}*{Amount(paid2)}**1*HC:{second.Code}", "DTM*472*20260317", $"CAS*PR*2*{Amount(owed2)}",
        ], paid1 + paid2));
        var posted = await world.RunAsync("remit", "import", remit);

        Assert.True(posted.ExitCode == 0, posted.ToString());
        var claim = ClaimsWorld.Json(await world.RunAsync("claims", "list", "--month", ClaimsWorld.Month, "--json")).GetProperty("claims").EnumerateArray()
            .Single(c => c.GetProperty("claimNumber").GetString() == sent.ClaimId);
        Assert.Equal(("paid", "PA20260001"), (claim.GetProperty("status").GetString(), claim.GetProperty("payerClaimNumber").GetString()));
        Assert.Equal(paid1 + paid2, claim.GetProperty("paidAmount").GetDecimal());
        Assert.Equal(
            [$"1 PR-2 {Amount(owed1)}", $"2 PR-2 {Amount(owed2)}"],
            claim.GetProperty("adjustments").EnumerateArray()
                .Select(a => $"{a.GetProperty("line")} {a.GetProperty("group").GetString()}-{a.GetProperty("reason").GetString()} {Amount(a.GetProperty("amount").GetDecimal())}")
                .Order(StringComparer.Ordinal));
    }

    private static string Amount(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>An 835 from the Part A MAC in the layout of 005010X221A1, paying <paramref name="total"/> by ACH.</summary>
    private static string Remit835(IReadOnlyList<string> claims, decimal total)
    {
        List<string> body =
        [
            $"BPR*I*{Amount(total)}*C*ACH*CCP*01*071000013*DA*123456789*1234567890**01*071000039*DA*987654321*20260415",
            "TRN*1*EFT20260415001*1234567890", "DTM*405*20260415", "N1*PR*NORIDIAN JF PART A", $"N1*PE*CLAIMS TEST CLINIC*XX*{ClaimsWorld.PracticeNpi}", "LX*1",
            .. claims,
        ];
        List<string> segments =
        [
            $"ISA*00*          *00*          *ZZ*NORJFPARTA     *ZZ*{ClaimsWorld.PracticeNpi}     *260415*1200*^*00501*000000911*0*T*:",
            $"GS*HP*NORJFPARTA*{ClaimsWorld.PracticeNpi}*20260415*1200*911*X*005010X221A1",
            "ST*835*0001*005010X221A1",
            .. body,
            $"SE*{body.Count + 2}*0001",
            "GE*1*911",
            "IEA*1*000000911",
        ];
        return string.Join("~\n", segments) + "~\n";
    }
}
