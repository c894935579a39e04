namespace Chronicle.Application.MonthClose;

using System.Diagnostics;
using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Billing;
using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Data.Bulk;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

/// <summary>
/// 'chronicle billing close' and the billing page's button: decides every patient-month of a
/// practice with the rules engine and writes one decision per patient-month with its claim, all in
/// one transaction. Running it again rewrites only what changed and never adds a second decision or
/// claim; approved and exported claims (and their decisions) are left as they are. Before the
/// month has ended it refuses unless early billing is asked for (a threshold already met stays met);
/// a month of a year without rules or fees is refused with what to load (<see cref="RuleYears"/>).
/// </summary>
public sealed class CloseMonth(ChronicleDbContext db, BillingAccess access, AuditTrail audit, LoadBillingReferences references, RuleYears ruleYears, TimeProvider clock, ILogger<CloseMonth> logger)
{
    public const string MonthNotOverCode = "MONTH-NOT-OVER";

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

        var watch = Stopwatch.StartNew();
        await db.PrepareSessionAsync(cancellationToken);
        var refs = await references.ExecuteAsync(month, cancellationToken);

        // A year without rules or fees is said in one line before anything is read or written.
        var yearRules = await ruleYears.ForMonthAsync(month, refs, cancellationToken);
        if (yearRules.Value is not { } rules)
        {
            return yearRules.Error!;
        }

        var charges = await db.PracticeCharges.AsNoTracking().Where(c => c.PracticeId == practice.Id)
            .ToDictionaryAsync(c => c.Code.Value, c => c.Amount, cancellationToken);
        var months = await MonthCloseFacts.GatherAsync(db, practice, month, cancellationToken);

        var gathered = watch.Elapsed;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var key = month.Key;
        var practiceId = practice.Id;
        var decisions = await db.MonthDecisions.Where(d => d.PracticeId == practiceId && d.MonthKey == key)
            .ToDictionaryAsync(d => (d.PatientId, d.Program), cancellationToken);
        var claims = (await db.BillingClaims.Where(c => c.PracticeId == practiceId && c.MonthKey == key).ToListAsync(cancellationToken))
            .ToLookup(c => c.DecisionId);
        var by = access.ActorName;
        var tally = new CloseTally();
        var rows = new List<MonthCloseRow>();

        // The engine is a pure function of each patient-month's facts, so the decisions are worked
        // out on every core first; writing them back below stays sequential and in order.
        var fresh = months.AsParallel().AsOrdered().Select(item => MonthlyBilling.Evaluate(item.Facts, refs, rules)).ToList();
        var evaluated = watch.Elapsed;
        var added = new NewRows();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < months.Count; i++)
        {
            var item = months[i];
            decisions.TryGetValue((item.PatientId, item.Program), out var stored);
            var current = stored is null ? [] : claims[stored.Id].ToList();
            if (current.Exists(c => !c.Status.IsOpen()))
            {
                // Approved or sent: the month is billed as it stands; a change would be a corrected claim.
                tally.Locked++;
                rows.Add(new MonthCloseRow(item.Mrn, item.Program, stored!, current.OrderBy(c => c.Status != ClaimStatus.Superseded).ThenBy(c => c.StatusChangedAt).Last()));
                continue;
            }

            var decision = fresh[i];
            if (stored is null)
            {
                stored = MonthDecision.Create(practiceId, item.PatientId, item.Program, month, decision, now);
                added.Decisions.Add(stored);
                tally.Created++;
            }
            else if (stored.Apply(decision, now))
            {
                tally.Updated++;
            }
            else
            {
                tally.Unchanged++;
            }

            var claim = WriteClaim(stored, decision, current.SingleOrDefault(), refs, charges, now, by, added);
            rows.Add(new MonthCloseRow(item.Mrn, item.Program, stored, claim));
        }

        // New decisions and claims (every row of a first close) go by the provider's bulk path;
        // changes to stored ones, and removals, by SaveChanges as before, in the same transaction.
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        var decided = watch.Elapsed;
        await db.BulkInsertAsync(added.Decisions, cancellationToken);
        await db.BulkInsertAsync(added.Claims, cancellationToken);
        await db.BulkInsertAsync(added.Claims.SelectMany(c => c.Lines).ToList(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.Update, string.Create(CultureInfo.InvariantCulture,
            $"billing close {month}: {rows.Count} patient-months, {tally.Created} new, {tally.Updated} changed, {tally.Unchanged} unchanged, {tally.Locked} billed"), null, practiceId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.MonthClosed(month.Key, rows.Count, gathered.TotalMilliseconds, (evaluated - gathered).TotalMilliseconds, (decided - evaluated).TotalMilliseconds, (watch.Elapsed - decided).TotalMilliseconds);
        return new MonthCloseResult(month, tally, rows.OrderBy(r => r.Mrn, StringComparer.Ordinal).ThenBy(r => r.Program).ToList());
    }

    private BillingClaim? WriteClaim(
        MonthDecision decision, BillingDecision fresh, BillingClaim? existing, BillingReferences refs, IReadOnlyDictionary<string, Money> charges, DateTimeOffset now, string by, NewRows added)
    {
        if (fresh.Claim is null)
        {
            if (existing is not null)
            {
                db.BillingClaims.Remove(existing);
            }

            return null;
        }

        var content = ClaimContent.Price(fresh.Claim, fresh.RuleYear, refs.Fees, charges);
        var status = fresh.Status switch
        {
            BillingStatus.Billable => ClaimStatus.Ready,
            BillingStatus.NeedsReview => ClaimStatus.NeedsReview,
            _ => ClaimStatus.Blocked,
        };
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

public sealed record MonthCloseResult(BillingMonth Month, CloseTally Tally, IReadOnlyList<MonthCloseRow> Rows);

public sealed record MonthCloseRow(string Mrn, Domain.Enrollment.CareProgram Program, MonthDecision Decision, BillingClaim? Claim);
