namespace Chronicle.Application.Statements;

using Chronicle.Application.Audit;
using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;

/// <summary>
/// The PDF of one claim's statement (ADR 0255): from the payer's 835 once the claim is paid, or,
/// before the payer decided, a preview that says "Estimate — not a bill". Refused for a QMB patient
/// and for a claim on which the patient owes nothing.
/// </summary>
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
        if (match is null)
        {
            return new BusinessError(ClaimCodes.NotFound, $"{found.Name} has no billed claim {claimId} in {month}.");
        }

        if (match.Decision.Amounts is not { } amounts)
        {
            return new BusinessError(match.Decision.NoStatement!.Code, match.Decision.NoStatement.Message);
        }

        var today = found.TimeZone.LocalDateOf(clock.GetUtcNow());
        var written = await StatementDocuments.WriteAsync(db, found, match.Patient, match.Claim, amounts, today, cancellationToken);
        if (written.Value is not null)
        {
            await audit.RecordAsync(new AuditEntry(AuditActions.Export, $"patient {(amounts.IsEstimate ? "statement estimate" : "statement")} {month}", match.Patient.Id, found.Id), cancellationToken);
        }

        return written;
    }
}

public sealed record StatementDocument(string FileName, byte[] Pdf);
