namespace Chronicle.IntegrationTests.Claims;

using Chronicle.Application.Common;
using Chronicle.Application.Statements;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Statements;
using Chronicle.IntegrationTests.Submission;
using Microsoft.EntityFrameworkCore;

/// <summary>Patient statements: an estimate until the payer's 835, then issued from it, a PDF, marked sent once; never for a QMB patient (ADR 0255).</summary>
public sealed class StatementsTests
{
    private static readonly BillingMonth March = BillingMonth.Parse(ClaimsWorld.Month);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_approved_claim_is_only_an_estimate_and_its_835_issues_the_statement_that_is_marked_sent_once(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider);
        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);
        var before = await ListAsync(world);
        Assert.Equal(0, (await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--all")).ExitCode);

        var estimate = Assert.Single(await ListAsync(world));
        var refused = await world.UseCaseAsync<MarkStatementSent, Result<DateTimeOffset>>(u => u.ExecuteAsync(March, estimate.ClaimId, null, TestContext.Current.CancellationToken));
        var read = (await StatementRemittances.ExportAsync(world))["CL1001"];
        await StatementRemittances.ImportAsync(world, "era.835", ResponseFiles.Remit835([new PaidClaim(read.ClaimId, "1", "P1", [.. read.Lines.Select(ResponseFiles.Paid)])]));
        var row = Assert.Single(await ListAsync(world));
        var pdf = await world.UseCaseAsync<GetStatementPdf, Result<StatementDocument>>(u => u.ExecuteAsync(March, row.ClaimId, null, TestContext.Current.CancellationToken));
        var sent = await world.UseCaseAsync<MarkStatementSent, Result<DateTimeOffset>>(u => u.ExecuteAsync(March, row.ClaimId, null, TestContext.Current.CancellationToken));
        var again = await world.UseCaseAsync<MarkStatementSent, Result<DateTimeOffset>>(u => u.ExecuteAsync(March, row.ClaimId, null, TestContext.Current.CancellationToken));
        var after = Assert.Single(await ListAsync(world));

        Assert.Empty(before);
        await using var db = world.Database.NewContext();
        var claim = await db.BillingClaims.AsNoTracking().SingleAsync(c => c.Id == row.ClaimId, TestContext.Current.CancellationToken);
        Assert.Equal(("CL1001", "estimate", "estimate"), (estimate.Mrn, estimate.State, estimate.Source));
        Assert.Equal(claim.Lines.Sum(l => new Money(l.ExpectedCents).Percent(20m).Cents), estimate.AmountDueCents);
        Assert.Equal(StatementRules.EstimateCode, refused.Error?.Code);
        Assert.Equal(("to-send", "remittance", "EFT20261215001"), (row.State, row.Source, row.Remittance?.Trace));
        Assert.Equal(claim.PatientResponsibilityCents, row.AmountDueCents);
        Assert.Equal(row.AmountDueCents, row.Amounts.CoinsuranceCents);
        Assert.True(pdf.Succeeded, pdf.Error?.ToString());
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf.Value!.Pdf, 0, 4), StringComparison.Ordinal);
        Assert.Equal(sent.Value, again.Value);
        Assert.Equal((sent.Value, "sent"), (after.SentAt, after.State));
        Assert.Equal(1, await db.PatientStatements.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_qualified_medicare_beneficiary_is_never_listed_nor_sent_a_statement(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider);
        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);
        Assert.Equal(0, (await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--all")).ExitCode);
        var claimId = Assert.Single(await ListAsync(world)).ClaimId;
        await world.ImportAsync("patients", "mrn,first_name,last_name,birth_date,sex,mbi,address_line,city,state,zip,phone,qmb\n" +
            "CL1001,Eleanor,Whitfield,1948-06-14,female,1EG4-TE5-MK73,12 Orchard Lane,Lakeside,IL,60601,,true\n");

        var rows = await ListAsync(world);
        var pdf = await world.UseCaseAsync<GetStatementPdf, Result<StatementDocument>>(u => u.ExecuteAsync(March, claimId, null, TestContext.Current.CancellationToken));
        var sent = await world.UseCaseAsync<MarkStatementSent, Result<DateTimeOffset>>(u => u.ExecuteAsync(March, claimId, null, TestContext.Current.CancellationToken));

        Assert.Empty(rows);
        Assert.Equal(PatientShareCalculator.QmbCode, pdf.Error?.Code);
        Assert.Equal(PatientShareCalculator.QmbCode, sent.Error?.Code);
    }

    private static async Task<IReadOnlyList<StatementRow>> ListAsync(ClaimsWorld world) =>
        (await world.UseCaseAsync<ListStatements, Result<IReadOnlyList<StatementRow>>>(u => u.ExecuteAsync(March, null, TestContext.Current.CancellationToken))).Value!;
}
