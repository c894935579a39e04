namespace Chronicle.Application.Billing;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// 'chronicle rules confirm --year N': an administrator has read CMS's final rule for N and found the
/// carried-forward rules still right, so decisions for N stop saying they are provisional.
/// </summary>
public sealed class ConfirmRules(ChronicleDbContext db, IActorContext actors, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<RuleYearView>> ExecuteAsync(int year, CancellationToken cancellationToken)
    {
        var actor = actors.Current;
        if (!actor.Allows(Capability.ManageBillingRules))
        {
            return Permissions.Refusal(Capability.ManageBillingRules);
        }

        var row = await db.RuleYears.SingleOrDefaultAsync(r => r.Year == year, cancellationToken);
        if (row is null)
        {
            return new BusinessError(RuleYears.RulesMissingCode, string.Create(CultureInfo.InvariantCulture,
                $"{year} has no carried-forward billing rules to confirm (built-in years need no confirmation; carry one forward with 'chronicle rules carry-forward --year {year}')."));
        }

        if (row.Provisional)
        {
            row.Confirm(clock.GetUtcNow(), actor.Name);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditEntry(AuditActions.Update,
                string.Create(CultureInfo.InvariantCulture, $"billing rules {year} confirmed")), cancellationToken);
        }

        return RuleYearView.Of(row);
    }
}
