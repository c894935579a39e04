namespace Chronicle.Application.Billing;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Data.Billing;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// 'chronicle rules carry-forward --year N' and Admin > Billing rules: year N bills under year
/// N − 1's rules, unchanged, marked provisional until <see cref="ConfirmRules"/>. Only an
/// administrator (or the CLI operator) may, and only for a year that has no rules yet.
/// </summary>
public sealed class CarryForwardRules(ChronicleDbContext db, RuleYears years, IActorContext actors, AuditTrail audit, TimeProvider clock)
{
    public const string ExistsCode = "RULES-EXIST";

    public async Task<Result<RuleYearView>> ExecuteAsync(int year, CancellationToken cancellationToken)
    {
        var actor = actors.Current;
        if (!actor.Allows(Capability.ManageBillingRules))
        {
            return Permissions.Refusal(Capability.ManageBillingRules);
        }

        if (year is < 2000 or > 2200)
        {
            return new BusinessError(RuleYears.RulesMissingCode, string.Create(CultureInfo.InvariantCulture, $"{year} is not a year Chronicle can carry rules into."));
        }

        if (await years.FindAsync(year, cancellationToken) is { } existing)
        {
            return new BusinessError(ExistsCode, string.Create(CultureInfo.InvariantCulture,
                $"Chronicle already has billing rules for {year}{(existing.CarriedFrom is { } from ? $" (carried forward from {from}{(existing.Provisional ? ", provisional" : string.Empty)})" : " (built in)")}."));
        }

        if (await years.FindAsync(year - 1, cancellationToken) is null)
        {
            return new BusinessError(RuleYears.RulesMissingCode, string.Create(CultureInfo.InvariantCulture,
                $"Chronicle has no billing rules for {year - 1} to carry into {year}: carry {year - 1} forward first ('chronicle rules carry-forward --year {year - 1}')."));
        }

        var row = new RuleYear { Year = year, CarriedFrom = year - 1, CarriedAt = clock.GetUtcNow(), CarriedBy = actor.Name };
        db.RuleYears.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.Create,
            string.Create(CultureInfo.InvariantCulture, $"billing rules {year} carried forward from {year - 1}, provisional")), cancellationToken);
        return RuleYearView.Of(row);
    }
}

/// <summary>A carried-forward year as the CLI and the admin page show it.</summary>
public sealed record RuleYearView(int Year, int CarriedFrom, bool Provisional, DateTimeOffset CarriedAt, string CarriedBy, DateTimeOffset? ConfirmedAt, string? ConfirmedBy)
{
    public static RuleYearView Of(RuleYear row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Year, row.CarriedFrom, row.Provisional, row.CarriedAt, row.CarriedBy, row.ConfirmedAt, row.ConfirmedBy);
    }
}
