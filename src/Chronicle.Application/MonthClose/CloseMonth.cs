namespace Chronicle.Application.MonthClose;

using System.Diagnostics;
using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Billing;
using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Data.Bulk;
using Chronicle.Data.Locking;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

/// <summary>
/// 'chronicle billing close' and the billing page's button: decides every patient-month of a
/// practice with the rules engine and writes one decision per patient-month with its claim, all in
/// one transaction that only one close of the practice's month holds at a time (ADR 0166): the
/// facts are read inside it, a second close waits and then finds nothing to change, or is refused
/// when the first runs too long. Running it again rewrites only what changed and never adds a
/// second decision or claim; approved and exported claims (and their decisions) are left as they
/// are. Before the month has ended it refuses unless early billing is asked for (a threshold already
/// met stays met); a month of a year without rules or fees is refused with what to load
/// (<see cref="RuleYears"/>).
/// </summary>
public sealed class CloseMonth(ChronicleDbContext db, BillingAccess access, AuditTrail audit, LoadBillingReferences references, RuleYears ruleYears, TimeProvider clock, ILogger<CloseMonth> logger)
{
    public const string MonthNotOverCode = "MONTH-NOT-OVER";
    public const string CloseRunningCode = "MONTH-CLOSE-RUNNING";

    private const int Attempts = 3;

    public async Task<Result<MonthCloseResult>> ExecuteAsync(BillingMonth month, bool early, string? practiceNpi, CancellationToken cancellationToken)
    {
        var practiceResult = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return practiceResult.Error!;
        }

        var now = clock.GetUtcNow();
        var today = practice.TimeZone.LocalDateOf(now);
        if (today <= month.LastDay && !early)
        {
            return new BusinessError(MonthNotOverCode, $"{month} is not over in {practice.TimeZone}; close it from {month.Next().FirstDay:yyyy-MM-dd}, or bill early with --early.");
        }

        // The lock keeps closes apart; a write that still loses a race the database detects (an
        // approval saved while this close read) is run again from fresh facts.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await CloseAsync(practice, month, now, cancellationToken);
            }
            catch (Exception ex) when (attempt < Attempts && ExclusiveMonth.IsRetryable(ex))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<Result<MonthCloseResult>> CloseAsync(Practice practice, BillingMonth month, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await db.PrepareSessionAsync(cancellationToken);
        var refs = await references.ExecuteAsync(month, cancellationToken);

        // A year without rules or fees is said in one line before anything is read or written.
        var yearRules = await ruleYears.ForMonthAsync(month, refs, cancellationToken);
        if (yearRules.Value is not { } rules)
        {
            return yearRules.Error!;
        }

        await using var exclusive = await ExclusiveMonth.BeginAsync(db, practice.Id, month, ExclusiveMonth.DefaultWait, cancellationToken);
        if (exclusive is null)
        {
            return new BusinessError(CloseRunningCode, $"Another close of {month} is running; run this one again when it has finished.");
        }

        var charges = await db.PracticeCharges.AsNoTracking().Where(c => c.PracticeId == practice.Id)
            .ToDictionaryAsync(c => c.Code.Value, c => c.Amount, cancellationToken);
        var months = await MonthCloseFacts.GatherAsync(db, practice, month, cancellationToken);

        var gathered = watch.Elapsed;
        var key = month.Key;
        var practiceId = practice.Id;
        var decisions = await db.MonthDecisions.Where(d => d.PracticeId == practiceId && d.MonthKey == key)
            .ToDictionaryAsync(d => (d.PatientId, d.Program), cancellationToken);
        var stored = await db.BillingClaims.Where(c => c.PracticeId == practiceId && c.MonthKey == key).ToListAsync(cancellationToken);
        var repairs = MonthCloseRepair.RemoveLeftovers(db, stored, decisions.Values, months);
        var claims = stored.Where(c => c.Status != ClaimStatus.Superseded).ToLookup(c => c.DecisionId);
        var by = access.ActorName;
        var tally = new CloseTally();
        var rows = new List<MonthCloseRow>();
        var billed = new List<BillingClaim>();

        // The engine is a pure function of each patient-month's facts, so the decisions are worked
        // out on every core first; writing them back below stays sequential and in order.
        var fresh = months.AsParallel().AsOrdered().Select(item => MonthlyBilling.Evaluate(item.Facts, refs, rules)).ToList();
        var evaluated = watch.Elapsed;
        var added = new NewRows();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < months.Count; i++)
        {
            var item = months[i];
            decisions.TryGetValue((item.PatientId, item.Program), out var decided);

            // The claim in force (the schema allows one per decision); superseded originals stay as they are.
            var current = decided is null ? null : claims[decided.Id].SingleOrDefault();
            if (current is not null && !current.Status.IsOpen())
            {
                // Approved or sent: the month is billed as it stands; a change is a corrected claim.
                tally.Locked++;
                billed.Add(current);
                rows.Add(new MonthCloseRow(item.Mrn, item.Program, decided!, current));
                continue;
            }

            var decision = fresh[i];
            if (decided is null)
            {
                decided = MonthDecision.Create(practiceId, item.PatientId, item.Program, month, decision, now);
                added.Decisions.Add(decided);
                tally.Created++;
            }
            else if (decided.Apply(decision, now))
            {
                tally.Updated++;
            }
            else
            {
                tally.Unchanged++;
            }

            var claim = WriteClaim(decided, decision, current, refs, charges, now, by, added);
            rows.Add(new MonthCloseRow(item.Mrn, item.Program, decided, claim));
        }

        // New decisions and claims (every row of a first close) go by the provider's bulk path;
        // changes to stored ones, and removals, by SaveChanges as before, in the same transaction.
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        var decidedAt = watch.Elapsed;
        await MarkClosedAsync(practiceId, month, now, by, cancellationToken);
        if (await TimeMonthLocks.LockAsync(db, practiceId, month, billed, by, now, cancellationToken) is > 0 and var locks)
        {
            repairs.Add(string.Create(CultureInfo.InvariantCulture, $"locked the time of {locks} billed patient-month(s) that an earlier version left open to change"));
        }

        await db.BulkInsertAsync(added.Decisions, cancellationToken);
        await db.BulkInsertAsync(added.Claims, cancellationToken);
        await db.BulkInsertAsync(added.Claims.SelectMany(c => c.Lines).ToList(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var repaired = repairs.Count == 0 ? string.Empty : $"; repaired: {string.Join("; ", repairs)}";
        await audit.RecordAsync(new AuditEntry(AuditActions.Update, string.Create(CultureInfo.InvariantCulture,
            $"billing close {month}: {rows.Count} patient-months, {tally.Created} new, {tally.Updated} changed, {tally.Unchanged} unchanged, {tally.Locked} billed{repaired}"), null, practiceId), cancellationToken);
        await exclusive.CommitAsync(cancellationToken);
        logger.MonthClosed(month.Key, rows.Count, gathered.TotalMilliseconds, (evaluated - gathered).TotalMilliseconds, (decidedAt - evaluated).TotalMilliseconds, (watch.Elapsed - decidedAt).TotalMilliseconds);
        return new MonthCloseResult(month, tally, rows.OrderBy(r => r.Mrn, StringComparer.Ordinal).ThenBy(r => r.Program).ToList(), repairs);
    }

    /// <summary>Moves the month's "last closed" mark, from which late time is shown as changed since close.</summary>
    private async Task MarkClosedAsync(PracticeId practiceId, BillingMonth month, DateTimeOffset now, string by, CancellationToken cancellationToken)
    {
        var key = month.Key;
        var closed = await db.ClosedMonths.SingleOrDefaultAsync(c => c.PracticeId == practiceId && c.MonthKey == key, cancellationToken);
        if (closed is null)
        {
            db.ClosedMonths.Add(ClosedMonth.Create(practiceId, month, now, by));
        }
        else
        {
            closed.Closed(now, by);
        }
    }

    private BillingClaim? WriteClaim(
        MonthDecision decision, BillingDecision fresh, BillingClaim? existing, BillingReferences refs, IReadOnlyDictionary<string, Money> charges, DateTimeOffset now, string by, NewRows added)
    {
        if (fresh.Claim is null)
        {
            if (existing is { Frequency: 1 })
            {
                db.BillingClaims.Remove(existing);
                return null;
            }

            // A replacement under way stands for a claim the payer already has: it is kept, blocked,
            // with what was last billed, and the decision's reasons say why the month is no longer billable.
            existing?.Refresh(ClaimContent.Of(existing), ClaimStatus.Blocked, now, by);
            return existing;
        }

        var content = ClaimContent.Price(fresh.Claim, fresh.RuleYear, refs.Fees, charges);
        var status = ClaimStatuses.FromDecision(fresh.Status);
        if (existing is null)
        {
            var created = BillingClaim.Create(decision, content, status, now, by);
            added.Claims.Add(created);
            return created;
        }

        existing.Refresh(content, status, now, by);
        return existing;
    }
}

/// <summary>Rows a close creates, written in bulk rather than tracked one by one.</summary>
internal sealed class NewRows
{
    public List<MonthDecision> Decisions { get; } = [];

    public List<BillingClaim> Claims { get; } = [];
}

public sealed class CloseTally
{
    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    /// <summary>Patient-months whose claim is approved or exported, left as they were.</summary>
    public int Locked { get; set; }
}

/// <summary>What a close decided; <paramref name="Repairs"/> says what it put right that an earlier version had left wrong.</summary>
public sealed record MonthCloseResult(BillingMonth Month, CloseTally Tally, IReadOnlyList<MonthCloseRow> Rows, IReadOnlyList<string> Repairs);

public sealed record MonthCloseRow(string Mrn, Domain.Enrollment.CareProgram Program, MonthDecision Decision, BillingClaim? Claim);
