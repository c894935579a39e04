namespace Chronicle.IntegrationTests.Portal;

using Chronicle.Application.Common;
using Chronicle.Application.Portal;
using Chronicle.Application.Security;
using Chronicle.Application.Statements;
using Chronicle.Domain.Common;
using Chronicle.IntegrationTests.Claims;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Statements;
using Chronicle.IntegrationTests.Submission;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

/// <summary>Statements in the portal: only those the billing office sent, as the same PDF, and only the patient's own.</summary>
public sealed class PortalStatementsTests
{
    private static readonly BillingMonth March = BillingMonth.Parse(ClaimsWorld.Month);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_patient_sees_a_statement_once_it_is_sent_and_downloads_it_while_another_patient_cannot(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider);
        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);
        Assert.Equal(0, (await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--all")).ExitCode);
        var read = (await StatementRemittances.ExportAsync(world))["CL1001"];
        await StatementRemittances.ImportAsync(world, "era.835", ResponseFiles.Remit835([new PaidClaim(read.ClaimId, "1", "P1", [.. read.Lines.Select(ResponseFiles.Paid)])]));
        var row = Assert.Single((await world.UseCaseAsync<ListStatements, Result<IReadOnlyList<StatementRow>>>(u => u.ExecuteAsync(March, null, Token))).Value!);
        var eleanor = await PatientActorAsync(world, "CL1001");
        var samuel = await PatientActorAsync(world, "CL1004");
        var ownId = eleanor.PatientId!.Value.Value;

        var beforeSending = await List(world, eleanor, ownId);
        Assert.True((await world.UseCaseAsync<MarkStatementSent, Result<DateTimeOffset>>(u => u.ExecuteAsync(March, row.ClaimId, null, Token))).Succeeded);
        var listed = await List(world, eleanor, ownId);
        var pdf = await PortalData.RunAsync<GetPortalStatementPdf, Result<StatementDocument>>(world.Database, eleanor, u => u.ExecuteAsync(ownId, row.ClaimId, Token));
        var otherPatient = await List(world, samuel, ownId);
        var otherPdf = await PortalData.RunAsync<GetPortalStatementPdf, Result<StatementDocument>>(world.Database, samuel, u => u.ExecuteAsync(ownId, row.ClaimId, Token));
        var otherClaimOwnId = await PortalData.RunAsync<GetPortalStatementPdf, Result<StatementDocument>>(world.Database, samuel, u => u.ExecuteAsync(samuel.PatientId!.Value.Value, row.ClaimId, Token));

        Assert.Empty(beforeSending.Value!.Statements);
        var statement = Assert.Single(listed.Value!.Statements);
        Assert.Equal(row.ClaimNumber, statement.StatementNumber);
        Assert.Equal(row.AmountDueCents, statement.AmountDueCents);
        Assert.Equal("2026-03", statement.Month);
        Assert.Equal(("remittance", "EFT20261215001"), (statement.Source, statement.Trace));
        Assert.True(pdf.Succeeded, pdf.Error?.ToString());
        using (var document = PdfDocument.Open(pdf.Value!.Pdf))
        {
            var text = string.Join(" ", document.GetPages().Select(p => p.Text));
            Assert.Contains("Eleanor Whitfield", text, StringComparison.Ordinal);
            Assert.Contains(new Money(row.AmountDueCents).ToString(), text, StringComparison.Ordinal);
        }

        Assert.Equal("PATIENT-UNKNOWN", otherPatient.Error?.Code);
        Assert.Equal("PATIENT-UNKNOWN", otherPdf.Error?.Code);
        Assert.Equal("CLAIM-NOT-FOUND", otherClaimOwnId.Error?.Code);
        var events = await PortalData.EventsAsync(world.Database, ownId);
        Assert.Contains(events, e => e.Role == Roles.Patient && e.What == "portal statements: 1 shown");
        Assert.Contains(events, e => e.Role == Roles.Patient && e.Action == "export" && e.What == "portal statement 2026-03");
    }

    private static Task<Result<PortalStatements>> List(ClaimsWorld world, Actor actor, Guid patientId) =>
        PortalData.RunAsync<ListPortalStatements, Result<PortalStatements>>(world.Database, actor, u => u.ExecuteAsync(patientId, Token));

    private static async Task<Actor> PatientActorAsync(ClaimsWorld world, string mrn)
    {
        await using var db = world.Database.NewContext();
        var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == mrn, Token);
        return new Actor($"patient-{mrn}", patient.DisplayName, Roles.Patient, AccessSurface.Web, null, null, patient.Id);
    }
}
