namespace Chronicle.Application.Statements;

using Chronicle.Application.Audit;
using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Interop.Statements;
using Microsoft.EntityFrameworkCore;

/// <summary>The PDF statement of one claim's patient-month (the shared statement writer); refused for a QMB patient.</summary>
public sealed class GetStatementPdf(ChronicleDbContext db, BillingAccess access, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<StatementDocument>> ExecuteAsync(BillingMonth month, Guid claimId, string? practiceNpi, CancellationToken cancellationToken)
    {
        var practice = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practice.Value is not { } found)
        {
            return practice.Error!;
        }

        var match = (await StatementQuery.ForMonthAsync(db, found.Id, month, claimId, cancellationToken)).SingleOrDefault();
        if (match.Claim is null)
        {
            return new BusinessError(ClaimCodes.NotFound, $"{found.Name} has no approved or exported claim {claimId} in {month}.");
        }

        var (claim, patient) = match;
        var today = found.TimeZone.LocalDateOf(clock.GetUtcNow());
        var input = new PatientStatementInput(
            new StatementPractice(found.Name, found.Address, found.Phone),
            new StatementPatient($"{patient.FirstName} {patient.LastName}", patient.Address, patient.Mrn, patient.Qmb),
            month,
            today,
            today.AddDays(30),
            claim.ClaimNumber,
            StatementQuery.Share(claim, patient));
        var written = PatientStatementPdf.Write(input);
        if (written.Failure is { } failure)
        {
            return new BusinessError(failure.Code, failure.Message);
        }

        await audit.RecordAsync(new AuditEntry(AuditActions.Export, $"patient statement {month}", patient.Id, found.Id), cancellationToken);
        return new StatementDocument($"statement-{patient.Mrn}-{month}.pdf", written.Value!);
    }
}

public sealed record StatementDocument(string FileName, byte[] Pdf);
