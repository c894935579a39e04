namespace Chronicle.Application.Billing;

using System.Globalization;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The billing rules of a year wherever they come from (docs/adr/0181-rule-years-carried-forward.md):
/// written in <see cref="RuleSets"/>, or another year's carried forward ('chronicle rules
/// carry-forward'), provisional until confirmed. Everything that decides a month asks here, so a
/// year without rules or without fees is one clear error with the command that fixes it, never
/// the engine's exception.
/// </summary>
public sealed class RuleYears(ChronicleDbContext db)
{
    public const string RulesMissingCode = "RULES-MISSING";
    public const string FeesMissingCode = "FEES-MISSING";

    /// <summary>The rules for the year, or null when Chronicle has none (built in or carried forward).</summary>
    public async Task<RuleSet?> FindAsync(int year, CancellationToken cancellationToken)
    {
        var carried = await db.RuleYears.AsNoTracking().ToDictionaryAsync(r => r.Year, cancellationToken);
        return Resolve(year, carried, depth: 0);

        static RuleSet? Resolve(int year, Dictionary<int, Data.Billing.RuleYear> carried, int depth)
        {
            if (RuleSets.All.FirstOrDefault(r => r.Year == year) is { } builtIn)
            {
                return builtIn;
            }

            // A chain of carried years always ends in a built-in year; the depth only guards bad rows.
            if (depth > 50 || !carried.TryGetValue(year, out var row) || Resolve(row.CarriedFrom, carried, depth + 1) is not { } from)
            {
                return null;
            }

            return from.CarryForwardTo(year, provisional: row.Provisional || from.Provisional);
        }
    }

    /// <summary>
    /// The rules that decide the month, with the year's fees checked: every code the rules can bill
    /// must have a national amount for the year (built in, or imported with 'codes import pfs').
    /// </summary>
    public async Task<Result<RuleSet>> ForMonthAsync(BillingMonth month, BillingReferences references, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(references);
        var year = month.Year;
        if (await FindAsync(year, cancellationToken) is not { } rules)
        {
            return new BusinessError(RulesMissingCode, Invariant(
                $"Chronicle has no billing rules for {year}: carry {year - 1}'s forward with 'chronicle rules carry-forward --year {year}' (or Admin > Billing rules), then import CMS's {year} fees with 'chronicle codes import pfs <PPRRVU file> --year {year}'."));
        }

        var missing = rules.Families.SelectMany(f => new[] { f.BaseCode, f.AddOnCode }).Append(rules.InitiationAddOn)
            .Where(code => references.Fees.Find(year, code) is null).Select(c => c.Value).Distinct().ToList();
        if (missing.Count > 0)
        {
            return new BusinessError(FeesMissingCode, Invariant(
                $"Chronicle has no {year} national amounts for {string.Join(", ", missing)}: import CMS's {year} relative value file with 'chronicle codes import pfs <PPRRVU file> --year {year}'."));
        }

        return rules;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
