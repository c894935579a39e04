namespace Chronicle.Application.Remittance;

using Chronicle.Application.Audit;
using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Billing.Claims;
using Microsoft.EntityFrameworkCore;

/// <summary>The denials worklist's write-off: a rejected or denied claim is no longer pursued, for a reason that is kept.</summary>
public sealed class WriteOffClaim(ChronicleDbContext db, BillingAccess access, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<string>> ExecuteAsync(string claim, string? reason, string? practiceNpi, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var practiceResult = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return practiceResult.Error!;
        }

        var text = claim.Trim();
        var id = Guid.TryParse(text, out var parsed) ? parsed : Guid.Empty;
        var target = await db.BillingClaims.FirstOrDefaultAsync(c => c.PracticeId == practice.Id && (c.Id == id || c.ClaimNumber == text), cancellationToken);
        if (target is null)
        {
            return new BusinessError(ClaimCodes.NotFound, $"{practice.Name} has no claim {text}.");
        }

        var outcome = target.WriteOff(reason, clock.GetUtcNow(), access.ActorName);
        if (outcome.Failure is { } failure)
        {
            return new BusinessError(failure.Code, failure.Message);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new BusinessError(ClaimCodes.Concurrent, "Someone changed this claim at the same time; look at it again.");
        }

        await audit.RecordAsync(new AuditEntry(AuditActions.Update, $"claim {target.ClaimNumber} written off", target.PatientId, practice.Id), cancellationToken);
        return target.ClaimNumber;
    }
}
