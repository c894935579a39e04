namespace Chronicle.Application.Billing;

using Chronicle.Data;
using Chronicle.Domain.Billing;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Every year Chronicle can bill ('chronicle rules status', Admin > Billing rules): built in or carried
/// forward, provisional or confirmed, and whether the year's national amounts are there.
/// </summary>
public sealed class ListRuleYears(ChronicleDbContext db)
{
    public async Task<IReadOnlyList<RuleYearStatus>> ExecuteAsync(CancellationToken cancellationToken)
    {
        var carried = await db.RuleYears.AsNoTracking().ToListAsync(cancellationToken);
        var imported = await db.FeeScheduleAmounts.AsNoTracking().GroupBy(a => a.Year)
            .Select(g => new { Year = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Year, g => g.Count, cancellationToken);
        var builtInFees = FeeSchedule.BuiltIn.Entries.Select(e => e.Year).ToHashSet();

        int Fees(int year) => imported.GetValueOrDefault(year) + (builtInFees.Contains(year) ? 1 : 0);
        var rows = RuleSets.All.Select(r => new RuleYearStatus(r.Year, null, false, true, imported.ContainsKey(r.Year), Fees(r.Year) > 0))
            .Concat(carried.Select(c => new RuleYearStatus(c.Year, c.CarriedFrom, c.Provisional, false, imported.ContainsKey(c.Year), Fees(c.Year) > 0)));
        return rows.OrderBy(r => r.Year).ToList();
    }
}

/// <param name="CarriedFrom">Null for a year written in Chronicle.</param>
/// <param name="FeesImported">National amounts for the year were imported ('codes import pfs').</param>
/// <param name="HasFees">The year has amounts at all: built in or imported.</param>
public sealed record RuleYearStatus(int Year, int? CarriedFrom, bool Provisional, bool BuiltIn, bool FeesImported, bool HasFees);
