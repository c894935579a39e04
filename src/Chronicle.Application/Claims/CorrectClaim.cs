namespace Chronicle.Application.Claims;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Billing;
using Chronicle.Application.Common;
using Chronicle.Application.MonthClose;
using Chronicle.Data;
using Chronicle.Data.Locking;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// 'chronicle claims correct|void' and the billing page's buttons (ADR 0142, ADR 0165). Correcting
/// records who and why, lifts the lock on the patient-month's time and re-runs the engine: an
/// exported claim gets a replacement (frequency 7) with the payer's control number of the original
/// (REF*F8; without one given, the original's own claim number), which stays open while late time
/// is entered and the next close refreshes it, and goes out once approved; an approved claim that
/// was never sent goes back to the biller in place. A void (frequency 8) repeats an exported claim,
/// is approved and goes out in the month's next export. Either way the original is superseded.
/// </summary>
public sealed class CorrectClaim(ChronicleDbContext db, BillingAccess access, AuditTrail audit, LoadBillingReferences references, RuleYears ruleYears, TimeProvider clock)
{
    public const string ReasonRequiredCode = "CLAIM-REASON-REQUIRED";

    public async Task<Result<ClaimCorrection>> ExecuteAsync(CorrectionKind kind, string claim, string? reference, string? reason, string? practiceNpi, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var practiceResult = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return practiceResult.Error!;
        }

        var practiceId = practice.Id;
        var text = claim.Trim();
        var id = Guid.TryParse(text, out var parsed) ? parsed : Guid.Empty;
        var month = await db.BillingClaims.Where(c => c.PracticeId == practiceId && (c.Id == id || c.ClaimNumber == text)).Select(c => (int?)c.MonthKey).SingleOrDefaultAsync(cancellationToken);
        if (month is null)
        {
            return new BusinessError(ClaimCodes.NotFound, $"{practice.Name} has no claim {text}.");
        }

        // Under the month's close lock, so that a close running now cannot rewrite the decision behind this correction.
        var billingMonth = Domain.Common.BillingMonth.FromKey(month.Value);
        await using var exclusive = await ExclusiveMonth.BeginAsync(db, practiceId, billingMonth, ExclusiveMonth.DefaultWait, cancellationToken);
        if (exclusive is null)
        {
            return new BusinessError(CloseMonth.CloseRunningCode, $"A close of {billingMonth} is running; correct the claim when it has finished.");
        }

        var original = await db.BillingClaims.SingleAsync(c => c.PracticeId == practiceId && (c.Id == id || c.ClaimNumber == text), cancellationToken);
        var reopen = kind == CorrectionKind.Replace && original is { Status: ClaimStatus.Approved, Frequency: not 8 };
        var replace = kind == CorrectionKind.Replace && original is { Frequency: not 8 } && original.Status.IsSent();
        if ((reopen || replace) && string.IsNullOrWhiteSpace(reason))
        {
            return new BusinessError(ReasonRequiredCode, $"Say why claim {original.ClaimNumber} is corrected (--reason, or the reason box); it is kept with the correction.");
        }

        var now = clock.GetUtcNow();
        var by = access.ActorName;
        var (fresh, missingRules) = reopen || replace ? await EvaluateAsync(practice, original, cancellationToken) : (null, null);
        if (missingRules is not null)
        {
            return missingRules;
        }

        if (replace && (fresh?.Decision.Claim is null || fresh.Decision.Status == BillingStatus.Blocked))
        {
            var why = fresh is null ? "the patient has no enrollment or time in the month any more" : string.Join(", ", fresh.Decision.Reasons.Select(r => r.Code));
            return new BusinessError(ClaimCodes.NotBillable, $"Claim {original.ClaimNumber}: the month is no longer billable ({why}); void the claim instead.");
        }

        BillingClaim result;
        if (reopen)
        {
            var outcome = original.Reopen(fresh?.Content ?? ClaimContent.Of(original), fresh?.Status ?? ClaimStatus.Blocked, reason, now, by);
            if (outcome.Failure is { } failure)
            {
                return new BusinessError(failure.Code, failure.Message);
            }

            result = original;
        }
        else
        {
            var outcome = original.Correct(kind == CorrectionKind.Void, fresh?.Content, fresh?.Status ?? ClaimStatus.Ready,
                string.IsNullOrWhiteSpace(reference) ? original.ClaimNumber : reference, reason, now, by);
            if (outcome.Failure is { } failure)
            {
                return new BusinessError(failure.Code, failure.Message);
            }

            result = outcome.Value!;
            db.BillingClaims.Add(result);
        }

        // The patient-month's stored decision now says what the correction bills, and its time is open for the change.
        if (fresh is not null)
        {
            (await db.MonthDecisions.SingleAsync(d => d.Id == original.DecisionId, cancellationToken)).Apply(fresh.Decision, now);
        }

        var unlocked = (reopen || replace) && await TimeMonthLocks.UnlockAsync(db, original, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException || ExclusiveMonth.IsRetryable(ex))
        {
            return new BusinessError(ClaimCodes.Concurrent, "Someone changed this claim at the same time; list the claims again and repeat.");
        }

        var what = reopen ? "reopened (never sent)" : string.Create(CultureInfo.InvariantCulture,
            $"{(kind == CorrectionKind.Void ? "voided" : "replaced")} by {result.ClaimNumber} (frequency {result.Frequency})");
        await audit.RecordAsync(new AuditEntry(AuditActions.Update, $"claim {original.ClaimNumber} {what}{(unlocked ? "; time of the month unlocked" : string.Empty)}", original.PatientId, practiceId), cancellationToken);
        await exclusive.CommitAsync(cancellationToken);
        return new ClaimCorrection(original.ClaimNumber, result.Id, result.ClaimNumber, result.Month.ToString(), result.Frequency,
            result.OriginalReference, result.Status.ToCode(), unlocked, result.Charge.Cents, result.Lines.OrderBy(l => l.Number).Select(l => new ClaimLineView(l.Code.Value, l.Units)).ToList());
    }

    /// <summary>
    /// What the engine bills for the claim's patient-month now, priced like month close, under the
    /// original month's rules and the ICD-10-CM release in force on its date of service (not
    /// today's); no fresh decision when the month has nothing to decide, an error when the month's
    /// year has no rules.
    /// </summary>
    private async Task<(Fresh? Fresh, BusinessError? Error)> EvaluateAsync(Domain.Practices.Practice practice, BillingClaim original, CancellationToken cancellationToken)
    {
        var month = original.Month;
        var item = (await MonthCloseFacts.GatherAsync(db, practice, month, cancellationToken))
            .SingleOrDefault(m => m.PatientId == original.PatientId && m.Program == original.Program);
        var refs = await references.ExecuteAsync(month, cancellationToken);
        var yearRules = await ruleYears.ForMonthAsync(month, refs, cancellationToken);
        if (yearRules.Value is not { } rules)
        {
            return (null, yearRules.Error);
        }

        if (item is null)
        {
            return (null, null);
        }

        var decision = MonthlyBilling.Evaluate(item.Facts, refs, rules);
        if (decision.Claim is null)
        {
            return (new Fresh(decision, null, ClaimStatus.Blocked), null);
        }

        var practiceId = practice.Id;
        var charges = await db.PracticeCharges.AsNoTracking().Where(c => c.PracticeId == practiceId)
            .ToDictionaryAsync(c => c.Code.Value, c => c.Amount, cancellationToken);
        return (new Fresh(decision, ClaimContent.Price(decision.Claim, decision.RuleYear, refs.Fees, charges), ClaimStatuses.FromDecision(decision.Status)), null);
    }

    private sealed record Fresh(BillingDecision Decision, ClaimContent? Content, ClaimStatus Status);
}

public enum CorrectionKind
{
    Replace,
    Void,
}

/// <summary>
/// The claim corrected and the claim that now stands for its month: a new frequency 7 or 8 claim,
/// or the same claim reopened (an approved claim never sent); whether the month's time was unlocked.
/// </summary>
public sealed record ClaimCorrection(
    string Corrected, Guid Id, string ClaimNumber, string Month, int Frequency, string? OriginalReference, string Status, bool TimeUnlocked, long ChargeCents, IReadOnlyList<ClaimLineView> Lines);
