namespace Chronicle.Application.Claims;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// 'chronicle claims approve|hold' and the billing page's buttons: one claim by id or number, or
/// every claim of the month the action applies to (--all; approving all leaves held claims alone), or
/// the claims chosen on the billing page's table, to which the same "all" rule applies (ADR 0212).
/// One claim refused refuses the request for a single claim; with --all the claims it does not
/// apply to are counted as skipped. Approving locks each claim's patient-month time in the same
/// transaction; holding an approved claim (nothing was sent) lifts that lock again (ADR 0165).
/// </summary>
public sealed class ChangeClaimStatus(ChronicleDbContext db, BillingAccess access, AuditTrail audit, TimeProvider clock)
{
    public Task<Result<ClaimStatusChange>> ExecuteAsync(ClaimAction action, BillingMonth month, string? claim, string? note, string? practiceNpi, CancellationToken cancellationToken) =>
        ChangeAsync(action, month, claim, null, note, practiceNpi, cancellationToken);

    /// <summary>
    /// The claims chosen from the billing table, treated as "all" narrowed to them: a chosen claim
    /// the action does not apply to (a held claim for approve, an exported one) is left alone and
    /// not in the answer, so a bulk approve never approves a held claim.
    /// </summary>
    public Task<Result<ClaimStatusChange>> ExecuteSelectedAsync(ClaimAction action, BillingMonth month, IReadOnlyCollection<Guid> selected, string? note, string? practiceNpi, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selected);
        return ChangeAsync(action, month, null, selected, note, practiceNpi, cancellationToken);
    }

    private async Task<Result<ClaimStatusChange>> ChangeAsync(
        ClaimAction action, BillingMonth month, string? claim, IReadOnlyCollection<Guid>? selected, string? note, string? practiceNpi, CancellationToken cancellationToken)
    {
        var practice = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practice.Value is not { } found)
        {
            return practice.Error!;
        }

        var practiceId = found.Id;
        var key = month.Key;
        var query = db.BillingClaims.Where(c => c.PracticeId == practiceId && c.MonthKey == key);
        List<BillingClaim> targets;
        if (claim is not null)
        {
            var text = claim.Trim();
            var id = Guid.TryParse(text, out var parsed) ? parsed : Guid.Empty;
            targets = await query.Where(c => c.Id == id || c.ClaimNumber == text).ToListAsync(cancellationToken);
            if (targets.Count == 0)
            {
                return new BusinessError(ClaimCodes.NotFound, $"{found.Name} has no claim {text} in {month}.");
            }
        }
        else
        {
            // "Approve all" never approves a held claim: someone held it for a reason, so it is
            // approved only on its own (by id or number), which the billing page confirms first.
            var from = action == ClaimAction.Approve
                ? new[] { ClaimStatus.Ready, ClaimStatus.NeedsReview }
                : [ClaimStatus.Ready, ClaimStatus.NeedsReview, ClaimStatus.Approved];
            if (selected is not null)
            {
                var ids = selected.ToList();
                query = query.Where(c => ids.Contains(c.Id));
            }

            targets = await query.Where(c => from.Contains(c.Status)).ToListAsync(cancellationToken);
        }

        var now = clock.GetUtcNow();
        var by = access.ActorName;
        var wasApproved = targets.Where(t => t.Status == ClaimStatus.Approved).ToList();
        foreach (var target in targets)
        {
            var outcome = action == ClaimAction.Approve ? target.Approve(now, by) : target.Hold(note, now, by);
            if (outcome.Failure is { } failure)
            {
                return new BusinessError(failure.Code, failure.Message);
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (action == ClaimAction.Approve)
        {
            await TimeMonthLocks.LockAsync(db, practiceId, month, targets, by, now, cancellationToken);
        }
        else
        {
            foreach (var held in wasApproved)
            {
                await TimeMonthLocks.UnlockAsync(db, held, cancellationToken);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new BusinessError(ClaimCodes.Concurrent, "Someone changed these claims at the same time; list them again and repeat.");
        }

        var verb = action == ClaimAction.Approve ? "approved" : "held";
        await audit.RecordAsync(new AuditEntry(AuditActions.Update, string.Create(CultureInfo.InvariantCulture, $"claims {month}: {targets.Count} {verb}"), null, practiceId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ClaimStatusChange(action, targets.Select(t => t.ClaimNumber).Order(StringComparer.Ordinal).ToList());
    }
}

public enum ClaimAction
{
    Approve,
    Hold,
}

public sealed record ClaimStatusChange(ClaimAction Action, IReadOnlyList<string> Claims);
