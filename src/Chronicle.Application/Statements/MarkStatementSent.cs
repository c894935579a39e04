namespace Chronicle.Application.Statements;

using Chronicle.Application.Audit;
using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Records that a claim's statement was sent (ADR 0255). Only a statement issued from the payer's
/// 835 is sent: an estimate is refused (<see cref="StatementRules.EstimateCode"/>), as is a QMB
/// patient's or a claim that owes nothing. Sending again keeps the first record; a statement a later
/// 835 withdrew is sent again with its corrected amount.
/// </summary>
public sealed class MarkStatementSent(ChronicleDbContext db, BillingAccess access, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<DateTimeOffset>> ExecuteAsync(BillingMonth month, Guid claimId, string? practiceNpi, CancellationToken cancellationToken)
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

        if (match.Sent is { IsWithdrawn: false } existing)
        {
            return existing.SentAt;
        }

        var amounts = match.Decision.Amounts;
        if (amounts is null || amounts.IsEstimate)
        {
            var why = match.Decision.NoStatement ?? StatementRules.EstimateFinding;
            return new BusinessError(why.Code, why.Message);
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stored = await db.PatientStatements.SingleOrDefaultAsync(s => s.ClaimId == claimId, cancellationToken);
        if (stored is null)
        {
            stored = PatientStatementRecord.Sent(match.Claim, amounts, now, access.ActorName);
            db.PatientStatements.Add(stored);
        }
        else
        {
            stored.Resend(match.Claim, amounts, now, access.ActorName);
        }

        await db.SaveChangesAsync(cancellationToken);
        var what = match.Sent is null ? "marked sent" : "corrected and sent again";
        await audit.RecordAsync(new AuditEntry(AuditActions.Update, $"patient statement {month} {what}", match.Patient.Id, found.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored.SentAt;
    }
}
