namespace Chronicle.IntegrationTests.Submission;

using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Application.Remittance;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.IntegrationTests.Claims;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>
/// Issue 16 item 5 on the pages (ADR 0250): a month's billed, paid, denied and outstanding money as
/// the claims go out and the 277CA and 835 come back, and the denials worklist with its reasons in
/// plain words, worked by a write-off and a void that move the money between the buckets.
/// </summary>
public sealed class ClaimMoneyAndDenialsTests
{
    private static readonly BillingMonth March = BillingMonth.Parse(ClaimsWorld.Month);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Money_follows_submission_acknowledgment_payment_denial_write_off_and_void(string provider)
    {
        await using var world = await SubmitWorld.CreateAsync(provider);
        var root = Path.GetDirectoryName(world.Claims.Files.Write("marker.txt", string.Empty))!;
        var settings = new Dictionary<string, string?>
        {
            ["Clearinghouse:Transport"] = "folder",
            ["Clearinghouse:UploadFolder"] = Path.Combine(root, "out"),
            ["Clearinghouse:DownloadFolder"] = Path.Combine(root, "in"),
        };
        var approved = await MoneyAsync(world);
        Assert.True((await world.RunAsync(settings, "claims", "submit", "--month", ClaimsWorld.Month)).ExitCode == 0);
        var submitted = await MoneyAsync(world);
        var (_, sent) = SubmitWorld.Read(Assert.Single(Directory.GetFiles(Path.Combine(root, "out"))));
        var claims = await world.ListAsync();
        var number = claims.ToDictionary(c => c.Key, c => c.Value.GetProperty("claimNumber").GetString()!);
        var charge = claims.ToDictionary(c => c.Key, c => Cents(c.Value.GetProperty("chargeAmount").GetDecimal()));
        var lines = sent.ToDictionary(c => c.ClaimId, c => c.Lines);

        Directory.CreateDirectory(Path.Combine(root, "in"));
        File.WriteAllText(Path.Combine(root, "in", "ack.277"), ResponseFiles.Ack277(
            [(number["CL1001"], false, "P0001"), (number["CL2001"], true, "P2001"), (number["CL2002"], true, "P2002"), (number["CL2003"], true, "P2003")]));
        File.WriteAllText(Path.Combine(root, "in", "era.835"), ResponseFiles.Remit835(
        [
            new PaidClaim(number["CL2001"], "1", "P2001", [.. lines[number["CL2001"]].Select(ResponseFiles.Paid)]),
            new PaidClaim(number["CL2002"], "4", "P2002", [.. lines[number["CL2002"]].Select(l => ResponseFiles.Denied(l, "109", "N30"))]),
        ]));
        var poll = await world.RunAsync(settings, "remit", "poll");
        Assert.True(poll.ExitCode == 0, poll.ToString());
        var answered = await MoneyAsync(world);
        var denials = await world.Claims.UseCaseAsync<ListDenials, Result<IReadOnlyList<DenialView>>>(u => u.ExecuteAsync(null, TestContext.Current.CancellationToken));

        var written = await world.Claims.UseCaseAsync<WriteOffClaim, Result<string>>(u => u.ExecuteAsync(number["CL2002"], "Billed to the wrong payer past its filing limit", null, TestContext.Current.CancellationToken));
        var unreasoned = await world.Claims.UseCaseAsync<WriteOffClaim, Result<string>>(u => u.ExecuteAsync(number["CL1001"], " ", null, TestContext.Current.CancellationToken));
        var writtenOff = await MoneyAsync(world);
        var voided = await world.Claims.UseCaseAsync<CorrectClaim, Result<ClaimCorrection>>(u =>
            u.ExecuteAsync(CorrectionKind.Void, number["CL1001"], null, "Rejected: the patient was not ours to bill", null, TestContext.Current.CancellationToken));
        var afterVoid = await MoneyAsync(world);
        var left = await world.Claims.UseCaseAsync<ListDenials, Result<IReadOnlyList<DenialView>>>(u => u.ExecuteAsync(null, TestContext.Current.CancellationToken));

        var all = charge.Values.Sum();
        var paid = lines[number["CL2001"]].Sum(l => Cents(Math.Round(l.Charge.Dollars * 0.8m, 2)));
        Assert.Equal(new MonthMoney("2026-03", 0, 0, 0, 0, 0, 0), approved);
        Assert.Equal(new MonthMoney("2026-03", 4, all, 0, 0, all, 0), submitted);
        Assert.Equal(new MonthMoney("2026-03", 4, all, paid, charge["CL1001"] + charge["CL2002"], charge["CL2003"], 0), answered);

        Assert.True(denials.Succeeded, denials.Error?.ToString());
        Assert.Equal(new[] { (number["CL1001"], "rejected"), (number["CL2002"], "denied") }.Order(), denials.Value!.Select(d => (d.ClaimNumber, d.Status)).Order());
        var rejection = denials.Value!.Single(d => d.Status == "rejected");
        Assert.Contains("A7:562", rejection.Note, StringComparison.Ordinal);
        var denial = denials.Value!.Single(d => d.Status == "denied");
        Assert.Equal(("CL2002", "P2002"), (denial.Mrn, denial.PayerClaimNumber));
        Assert.Contains(denial.Reasons, r => r.StartsWith("CO-109: Contractual", StringComparison.Ordinal) && r.Contains("Not covered by this payer", StringComparison.Ordinal));
        Assert.Contains("Remark N30: The patient is not eligible for this service.", denial.Reasons);

        Assert.True(written.Succeeded, written.Error?.ToString());
        Assert.Equal(ClaimCodes.NotWorkable, unreasoned.Error?.Code);
        Assert.Equal(new MonthMoney("2026-03", 4, all, paid, charge["CL1001"], charge["CL2003"], charge["CL2002"]), writtenOff);
        Assert.True(voided.Succeeded, voided.Error?.ToString());
        Assert.Equal(new MonthMoney("2026-03", 3, all - charge["CL1001"], paid, 0, charge["CL2003"], charge["CL2002"]), afterVoid);
        Assert.Empty(left.Value!);
    }

    private static long Cents(decimal dollars) => (long)Math.Round(dollars * 100m);

    private static async Task<MonthMoney> MoneyAsync(SubmitWorld world)
    {
        var result = await world.Claims.UseCaseAsync<GetClaimMoney, Result<IReadOnlyList<MonthMoney>>>(u => u.ExecuteAsync(March, March, null, TestContext.Current.CancellationToken));
        Assert.True(result.Succeeded, result.Error?.ToString());
        return Assert.Single(result.Value!);
    }
}
