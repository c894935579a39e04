namespace Chronicle.Application.Claims;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Billing;
using Chronicle.Application.Common;
using Chronicle.Application.MonthClose;
using Chronicle.Application.Time;
using Chronicle.Data;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The billing dashboard: the twelve months up to a month, each with its claims by status, what is
/// billed and what is projected (ADR 0143). Billed is the expected payment of the claims approved
/// or exported (not superseded, not voids). Projected is the expected payment of every claim that
/// is not blocked: for a closed month the stored claims, and for a month not closed yet or still
/// under way, what the rules engine bills from the minutes logged so far, as if closed now (nothing
/// is stored). A few grouped queries for the window, plus month close's set-based gathering for each
/// month projected live; never a query per patient.
/// </summary>
public sealed class GetBillingDashboard(ChronicleDbContext db, BillingAccess access, AuditTrail audit, LoadBillingReferences references, RuleYears ruleYears, TimeProvider clock)
{
    public const int Months = 12;

    public async Task<Result<BillingDashboard>> ExecuteAsync(BillingMonth? month, string? practiceNpi, CancellationToken cancellationToken)
    {
        var practiceResult = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return practiceResult.Error!;
        }

        var practiceId = practice.Id;
        var current = BillingMonth.Of(practice.TimeZone.LocalDateOf(clock.GetUtcNow()));
        var last = month ?? current;
        var window = Enumerable.Range(0, Months).Select(i => Back(last, Months - 1 - i)).ToList();
        int from = window[0].Key, to = last.Key;

        var claims = await db.BillingClaims.AsNoTracking()
            .Where(c => c.PracticeId == practiceId && c.MonthKey >= from && c.MonthKey <= to)
            .Select(c => new ClaimRow(c.MonthKey, c.Status, c.Frequency, c.Lines.Sum(l => l.ChargeCents), c.Lines.Sum(l => l.ExpectedCents)))
            .ToListAsync(cancellationToken);
        var closed = (await db.MonthDecisions.AsNoTracking()
            .Where(d => d.PracticeId == practiceId && d.MonthKey >= from && d.MonthKey <= to)
            .Select(d => d.MonthKey).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var worked = (await TimeEntries.InForce(db)
            .Where(e => e.PracticeId == practiceId && e.MonthKey >= from && e.MonthKey <= to)
            .Select(e => e.MonthKey).Distinct().ToListAsync(cancellationToken)).ToHashSet();

        var byMonth = claims.ToLookup(c => c.MonthKey);
        var rows = new List<DashboardMonth>();
        foreach (var m in window)
        {
            var own = byMonth[m.Key].ToList();
            var live = m.Key <= current.Key && worked.Contains(m.Key) && (m == current || !closed.Contains(m.Key));
            var (projected, missing) = live ? await ProjectAsync(practice, m, cancellationToken) : (own.Where(Projects).Sum(c => c.ExpectedCents), null);
            rows.Add(new DashboardMonth(
                m.ToString(),
                closed.Contains(m.Key),
                live,
                own.GroupBy(c => c.Status).OrderBy(g => g.Key)
                    .Select(g => new StatusTotal(g.Key.ToCode(), g.Count(), g.Sum(c => c.ChargeCents), g.Sum(c => c.ExpectedCents))).ToList(),
                own.Where(Billed).Sum(c => c.ExpectedCents),
                projected)
            {
                RulesMissing = missing,
            });
        }

        await audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture, $"billing dashboard {window[0]} to {last}"), null, practiceId), cancellationToken);
        return new BillingDashboard(last.ToString(), current.ToString(), rows);
    }

    private static bool Billed(ClaimRow c) => c.Frequency != 8 && ClaimStatuses.Billed.Contains(c.Status);

    private static bool Projects(ClaimRow c) => c.Frequency != 8 && c.Status is not (ClaimStatus.Blocked or ClaimStatus.Superseded);

    private static BillingMonth Back(BillingMonth month, int count)
    {
        for (var i = 0; i < count; i++)
        {
            month = month.Previous();
        }

        return month;
    }

    /// <summary>
    /// What closing the month now would bill: the engine over the month's facts, priced, blocked
    /// claims left out, nothing written; nothing, with what to load, for a year without rules or fees.
    /// </summary>
    private async Task<(long Cents, string? Missing)> ProjectAsync(Domain.Practices.Practice practice, BillingMonth month, CancellationToken cancellationToken)
    {
        var refs = await references.ExecuteAsync(month, cancellationToken);
        var yearRules = await ruleYears.ForMonthAsync(month, refs, cancellationToken);
        if (yearRules.Value is not { } rules)
        {
            return (0, yearRules.Error!.Message);
        }

        var charges = await db.PracticeCharges.AsNoTracking().Where(c => c.PracticeId == practice.Id)
            .ToDictionaryAsync(c => c.Code.Value, c => c.Amount, cancellationToken);
        var total = Money.Zero;
        foreach (var item in await MonthCloseFacts.GatherAsync(db, practice, month, cancellationToken))
        {
            var decision = MonthlyBilling.Evaluate(item.Facts, refs, rules);
            if (decision.Claim is not null && decision.Status != BillingStatus.Blocked)
            {
                total += ClaimContent.Price(decision.Claim, decision.RuleYear, refs.Fees, charges).Lines.Aggregate(Money.Zero, (sum, l) => sum + l.ExpectedPayment);
            }
        }

        return (total.Cents, null);
    }

    private sealed record ClaimRow(int MonthKey, ClaimStatus Status, int Frequency, long ChargeCents, long ExpectedCents);
}

/// <summary>Twelve months up to <see cref="Month"/>, oldest first; <see cref="Current"/> is the practice's month today.</summary>
public sealed record BillingDashboard(string Month, string Current, IReadOnlyList<DashboardMonth> Months)
{
    public DashboardMonth Selected => Months[^1];
}

/// <summary>
/// One month: whether month close has run, whether the projection was computed live from the
/// minutes so far, the claims by status, billed and projected expected payment in cents.
/// </summary>
public sealed record DashboardMonth(string Month, bool Closed, bool Live, IReadOnlyList<StatusTotal> ByStatus, long BilledCents, long ProjectedCents)
{
    /// <summary>Why a live month could not be projected (its year has no rules or no fees), with what to load; null when it was.</summary>
    public string? RulesMissing { get; init; }

    public int Claims => ByStatus.Sum(s => s.Claims);
}
