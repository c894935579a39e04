namespace Chronicle.Application.Billing;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Data.Billing;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Sets what the practice charges for a code (the line charge of its claims, its own price, not
/// what Medicare allows). Administrators and billers may; a new amount replaces the old, with who and when.
/// </summary>
public sealed class SetPracticeCharge(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public const string NotAllowedCode = "CHARGE-NOT-ALLOWED";
    public const string InvalidCode = "CHARGE-INVALID";

    public async Task<Result<PracticeChargeView>> ExecuteAsync(string? groupNpi, string code, string amount, CancellationToken cancellationToken)
    {
        if (!access.Actor.Allows(Capability.ManageCharges))
        {
            return new BusinessError(NotAllowedCode, "Only an administrator or a biller can set the practice's charges.");
        }

        var parsedCode = HcpcsCode.TryParse(code);
        var parsedAmount = Money.TryParse(amount);
        if (!parsedCode.IsValid || !parsedAmount.IsValid || parsedAmount.Value.Cents <= 0)
        {
            return new BusinessError(InvalidCode, parsedCode.Error ?? parsedAmount.Error ?? $"The charge must be more than zero; '{amount}' is not.");
        }

        var practice = await access.PracticeAsync(groupNpi, cancellationToken);
        if (practice.Error is { } error)
        {
            return error;
        }

        var practiceId = practice.Value!.Id;
        var now = clock.GetUtcNow();
        var charge = await db.PracticeCharges.SingleOrDefaultAsync(c => c.PracticeId == practiceId && c.Code == parsedCode.Value, cancellationToken);
        if (charge is null)
        {
            charge = new PracticeCharge { PracticeId = practiceId, Code = parsedCode.Value, AmountCents = parsedAmount.Value.Cents, UpdatedAt = now, UpdatedBy = access.Actor.UserId };
            db.PracticeCharges.Add(charge);
        }
        else
        {
            charge.AmountCents = parsedAmount.Value.Cents;
            charge.UpdatedAt = now;
            charge.UpdatedBy = access.Actor.UserId;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.Update, $"practice charge {parsedCode.Value} = {parsedAmount.Value.ToPlainString()}", PracticeId: practiceId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PracticeChargeView(charge.Code.Value, charge.Amount, charge.UpdatedAt, charge.UpdatedBy);
    }
}

public sealed record PracticeChargeView(string Code, Money Amount, DateTimeOffset UpdatedAt, string UpdatedBy);
