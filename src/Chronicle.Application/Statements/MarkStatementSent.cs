namespace Chronicle.Application.Statements;

using Chronicle.Application.Audit;
using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>Records that a patient-month's statement was sent; sending twice keeps the first record.</summary>
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
        if (match.Claim is null)
        {
            return new BusinessError(ClaimCodes.NotFound, $"{found.Name} has no approved or exported claim {claimId} in {month}.");
        }

        if (match.Patient.Qmb)
        {
            return new BusinessError(PatientShareCalculator.QmbFinding.Code, PatientShareCalculator.QmbFinding.Message);
        }

        var existing = await db.PatientStatements.AsNoTracking().SingleOrDefaultAsync(s => s.ClaimId == claimId, cancellationToken);
        if (existing is not null)
        {
            return existing.SentAt;
        }

        var record = PatientStatementRecord.Sent(match.Claim, StatementQuery.Share(match.Claim, match.Patient).AmountDue, clock.GetUtcNow(), access.ActorName);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.PatientStatements.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.Update, $"patient statement {month} marked sent", match.Patient.Id, found.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return record.SentAt;
    }
}
