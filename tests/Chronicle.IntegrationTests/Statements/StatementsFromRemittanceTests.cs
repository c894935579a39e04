namespace Chronicle.IntegrationTests.Statements;

using Chronicle.Application.Common;
using Chronicle.Application.Statements;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.IntegrationTests.Claims;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Submission;
using Chronicle.Interop.Statements;
using UglyToad.PdfPig;
using static Chronicle.IntegrationTests.Statements.StatementRemittances;

/// <summary>
/// Issue 16 item 6 (ADR 0255): a statement is an estimate (never sent) until the payer's 835, then
/// issued from its patient responsibility by deductible and coinsurance; a denied claim and a QMB
/// patient get none; a reversal withdraws a sent statement and a new payment corrects it.
/// </summary>
public sealed class StatementsFromRemittanceTests
{
    private static readonly BillingMonth March = BillingMonth.Parse(ClaimsWorld.Month);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Statements_are_estimates_until_the_835_and_then_its_patient_responsibility_by_reason(string provider)
    {
        await using var submit = await SubmitWorld.CreateAsync(provider);
        var world = submit.Claims;
        await world.ImportAsync("patients", "mrn,first_name,last_name,birth_date,sex,mbi,address_line,city,state,zip,phone,qmb\n" +
            "CL2003,Irene,Lindqvist,1949-02-03,female,7AC5DE6FG73,7 Lake Road,Lakeside,IL,60601,,true\n");

        var estimates = await ListAsync(world);
        var estimateId = Guid.Parse(estimates["CL1001"].GetProperty("claimId").GetString()!);
        var estimatePdf = await world.UseCaseAsync<GetStatementPdf, Result<StatementDocument>>(u => u.ExecuteAsync(March, estimateId, null, Token));
        var estimateSent = await world.UseCaseAsync<MarkStatementSent, Result<DateTimeOffset>>(u => u.ExecuteAsync(March, estimateId, null, Token));
        var markAll = ClaimsWorld.Json(await world.RunAsync("statements", "mark-sent", "--month", ClaimsWorld.Month, "--all", "--json"));

        Assert.Equal(["CL1001", "CL2001", "CL2002"], estimates.Keys.Order(StringComparer.Ordinal));
        Assert.All(estimates.Values, e => Assert.Equal(("estimate", "estimate", System.Text.Json.JsonValueKind.Null), (e.GetProperty("state").GetString(), e.GetProperty("source").GetString(), e.GetProperty("remittance").ValueKind)));
        Assert.True(estimates["CL1001"].GetProperty("amounts").GetProperty("coinsuranceCents").GetInt64() > 0);
        Assert.Contains(Squeezed(PatientStatementPdf.EstimateBanner), Text(estimatePdf), StringComparison.Ordinal);
        Assert.Equal(StatementRules.EstimateCode, estimateSent.Error?.Code);
        Assert.Equal(0, markAll.GetArrayLength());

        var claims = await ExportAsync(world);
        PaidLine[] paid = [.. claims["CL1001"].Lines.Select(ResponseFiles.Paid)];
        PaidLine[] partly = [WithDeductible(claims["CL2001"].Lines[0], 30m), ResponseFiles.Paid(claims["CL2001"].Lines[1])];
        var import = await ImportAsync(world, "era-a.835", ResponseFiles.Remit835(
        [
            new PaidClaim(claims["CL1001"].ClaimId, "1", "P1001", paid),
            new PaidClaim(claims["CL2001"].ClaimId, "1", "P2001", partly),
            new PaidClaim(claims["CL2002"].ClaimId, "4", "P2002", [.. claims["CL2002"].Lines.Select(l => ResponseFiles.Denied(l, "97"))]),
            new PaidClaim(claims["CL2003"].ClaimId, "1", "P2003", [.. claims["CL2003"].Lines.Select(ResponseFiles.Paid)]),
        ], trace: "EFT-A"));

        var issued = await ListAsync(world);
        var partlyId = Guid.Parse(issued["CL2001"].GetProperty("claimId").GetString()!);
        var pdf = Text(await world.UseCaseAsync<GetStatementPdf, Result<StatementDocument>>(u => u.ExecuteAsync(March, partlyId, null, Token)));
        var marked = ClaimsWorld.Json(await world.RunAsync("statements", "mark-sent", "--month", ClaimsWorld.Month, "--all", "--json"));

        // Denied (CO-97) owes nothing; the QMB patient is never listed though the 835 gave her a share.
        Assert.Equal(["CL1001", "CL2001"], issued.Keys.Order(StringComparer.Ordinal));
        foreach (var (mrn, lines) in new[] { ("CL1001", paid), ("CL2001", partly) })
        {
            var row = issued[mrn];
            var amounts = row.GetProperty("amounts");
            Assert.Equal(("to-send", "remittance", "paid"), (row.GetProperty("state").GetString(), row.GetProperty("source").GetString(), row.GetProperty("claimStatus").GetString()));
            Assert.Equal("EFT-A", row.GetProperty("remittance").GetProperty("trace").GetString());
            Assert.EndsWith("era-a.835", row.GetProperty("remittance").GetProperty("file").GetString(), StringComparison.Ordinal);
            Assert.Equal(PatientCents(lines), row.GetProperty("amountDueCents").GetInt64());
            Assert.Equal(PatientCents(lines, "1"), amounts.GetProperty("deductibleCents").GetInt64());
            Assert.Equal(PatientCents(lines, "2"), amounts.GetProperty("coinsuranceCents").GetInt64());
            Assert.Equal(0, amounts.GetProperty("otherPatientResponsibilityCents").GetInt64());
            Assert.Equal(Cents(lines.Sum(l => l.Paid)), amounts.GetProperty("payerPaysCents").GetInt64());
        }

        Assert.Equal(3000, issued["CL2001"].GetProperty("amounts").GetProperty("deductibleCents").GetInt64());
        Assert.DoesNotContain("Estimate", pdf, StringComparison.Ordinal);
        Assert.Contains(Squeezed("Deductible $30.00"), pdf, StringComparison.Ordinal);
        Assert.Contains(Squeezed("payment trace EFT-A"), pdf, StringComparison.Ordinal);
        Assert.Contains(Squeezed($"Amount due: {Dollars(PatientCents(partly))}"), pdf, StringComparison.Ordinal);
        Assert.Equal(2, marked.GetArrayLength());
        Assert.Contains("Claim " + claims["CL2002"].ClaimId + ": denied", import.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_reversal_withdraws_a_sent_statement_and_the_new_payment_corrects_it(string provider)
    {
        await using var submit = await SubmitWorld.CreateAsync(provider);
        var world = submit.Claims;
        var claims = await ExportAsync(world);
        PaidLine[] first = [.. claims["CL1001"].Lines.Select(ResponseFiles.Paid)];
        PaidLine[] other = [.. claims["CL2001"].Lines.Select(ResponseFiles.Paid)];
        await ImportAsync(world, "era-a.835", ResponseFiles.Remit835([new PaidClaim(claims["CL1001"].ClaimId, "1", "P1001", first), new PaidClaim(claims["CL2001"].ClaimId, "1", "P2001", other)], trace: "EFT-A"));
        Assert.Equal(2, ClaimsWorld.Json(await world.RunAsync("statements", "mark-sent", "--month", ClaimsWorld.Month, "--all", "--json")).GetArrayLength());

        // The payer reverses both and pays CL1001 again with part of it to the deductible; other claims keep the payment positive.
        PaidLine[] again = [WithDeductible(claims["CL1001"].Lines[0], 10m), ResponseFiles.Paid(claims["CL1001"].Lines[1])];
        var posted = await ImportAsync(world, "era-b.835", ResponseFiles.Remit835(
        [
            new PaidClaim(claims["CL1001"].ClaimId, "22", "P1001", [.. first.Select(Reversal)]),
            new PaidClaim(claims["CL1001"].ClaimId, "1", "P1001B", again),
            new PaidClaim(claims["CL2001"].ClaimId, "22", "P2001", [.. other.Select(Reversal)]),
            new PaidClaim(claims["CL2002"].ClaimId, "1", "P2002", [.. claims["CL2002"].Lines.Select(ResponseFiles.Paid)]),
            new PaidClaim(claims["CL2003"].ClaimId, "1", "P2003", [.. claims["CL2003"].Lines.Select(ResponseFiles.Paid)]),
        ], trace: "EFT-B"));
        var after = await ListAsync(world);
        var unsent = ClaimsWorld.Json(await world.RunAsync("statements", "list", "--month", ClaimsWorld.Month, "--unsent", "--json"));
        var resent = await world.RunAsync("statements", "mark-sent", "--month", ClaimsWorld.Month, "--claim", claims["CL1001"].ClaimId, "--json");
        var corrected = (await ListAsync(world))["CL1001"];

        Assert.Contains("withdrawn", posted.Output, StringComparison.Ordinal);
        var withdrawn = after["CL2001"];
        Assert.Equal(("withdrawn", "reversed", 0L), (withdrawn.GetProperty("state").GetString(), withdrawn.GetProperty("claimStatus").GetString(), withdrawn.GetProperty("amountDueCents").GetInt64()));
        Assert.Equal(PatientCents(other), withdrawn.GetProperty("sentAmountCents").GetInt64());
        Assert.Contains("EFT-B", withdrawn.GetProperty("withdrawnReason").GetString(), StringComparison.Ordinal);
        var changed = after["CL1001"];
        Assert.Equal(("corrected", "paid", "EFT-B"), (changed.GetProperty("state").GetString(), changed.GetProperty("claimStatus").GetString(), changed.GetProperty("remittance").GetProperty("trace").GetString()));
        Assert.Equal(PatientCents(again), changed.GetProperty("amountDueCents").GetInt64());
        Assert.Equal(1000, changed.GetProperty("amounts").GetProperty("deductibleCents").GetInt64());
        Assert.Equal(PatientCents(first), changed.GetProperty("sentAmountCents").GetInt64());
        Assert.NotEqual(PatientCents(first), PatientCents(again));
        Assert.Equal(["CL1001", "CL2002", "CL2003"], unsent.EnumerateArray().Select(r => r.GetProperty("mrn").GetString()!).Order(StringComparer.Ordinal));
        Assert.True(resent.ExitCode == 0, resent.ToString());
        Assert.Equal(("sent", PatientCents(again)), (corrected.GetProperty("state").GetString(), corrected.GetProperty("sentAmountCents").GetInt64()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, corrected.GetProperty("withdrawnAt").ValueKind);
    }

    private static string Text(Result<StatementDocument> pdf)
    {
        Assert.True(pdf.Succeeded, pdf.Error?.ToString());
        using var document = PdfDocument.Open(pdf.Value!.Pdf);
        return Squeezed(string.Join("\n", document.GetPages().Select(p => p.Text)));
    }

    // Table cells and fields wrap where the font's metrics say, so words are compared without their spaces.
    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
