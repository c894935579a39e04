namespace Chronicle.IntegrationTests.Claims;

using Chronicle.Application.Common;
using Chronicle.Application.Statements;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>Patient statements: one per approved or exported claim's patient-month, a PDF, marked sent once; never for a QMB patient.</summary>
public sealed class StatementsTests
{
    private static readonly BillingMonth March = BillingMonth.Parse(ClaimsWorld.Month);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_approved_claim_gets_a_statement_of_the_coinsurance_that_is_marked_sent_once(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider);
        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);
        var before = await ListAsync(world);
        Assert.Equal(0, (await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--all")).ExitCode);

        var rows = await ListAsync(world);
        var row = Assert.Single(rows);
        var pdf = await world.UseCaseAsync<GetStatementPdf, Result<StatementDocument>>(u => u.ExecuteAsync(March, row.ClaimId, null, TestContext.Current.CancellationToken));
        var sent = await world.UseCaseAsync<MarkStatementSent, Result<DateTimeOffset>>(u => u.ExecuteAsync(March, row.ClaimId, null, TestContext.Current.CancellationToken));
        var again = await world.UseCaseAsync<MarkStatementSent, Result<DateTimeOffset>>(u => u.ExecuteAsync(March, row.ClaimId, null, TestContext.Current.CancellationToken));
        var after = Assert.Single(await ListAsync(world));

        Assert.Empty(before);
        await using var db = world.Database.NewContext();
        var claim = await db.BillingClaims.AsNoTracking().SingleAsync(c => c.Id == row.ClaimId, TestContext.Current.CancellationToken);
        Assert.Equal("CL1001", row.Mrn);
        Assert.Equal(claim.Lines.Sum(l => new Money(l.ExpectedCents).Percent(20m).Cents), row.AmountDueCents);
        Assert.True(pdf.Succeeded, pdf.Error?.ToString());
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf.Value!.Pdf, 0, 4), StringComparison.Ordinal);
        Assert.Equal(sent.Value, again.Value);
        Assert.Equal(sent.Value, after.SentAt);
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
