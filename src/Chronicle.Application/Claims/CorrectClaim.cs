namespace Chronicle.Application.Claims;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Billing;
using Chronicle.Application.Common;
using Chronicle.Application.MonthClose;
using Chronicle.Data;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// 'chronicle claims correct|void' and the billing page's buttons: an exported claim is replaced
/// (frequency 7) by what the rules engine bills for its patient-month now, or voided (frequency 8)
/// as it was sent; either way with the payer's control number of the original (REF*F8; without one
/// given, the original's own claim number, which the payer echoes back). The new claim is approved
/// and goes out in the month's next export; the original is superseded (ADR 0142).
/// </summary>
public sealed class CorrectClaim(ChronicleDbContext db, BillingAccess access, AuditTrail audit, LoadBillingReferences references, RuleYears ruleYears, TimeProvider clock)
{
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
        var original = await db.BillingClaims.SingleOrDefaultAsync(c => c.PracticeId == practiceId && (c.Id == id || c.ClaimNumber == text), cancellationToken);
        if (original is null)
        {
            return new BusinessError(ClaimCodes.NotFound, $"{practice.Name} has no claim {text}.");
        }

        ClaimContent? content = null;
        MonthDecision? decision = null;
        BillingDecision? fresh = null;
        var now = clock.GetUtcNow();
        if (kind == CorrectionKind.Replace && original.Status == ClaimStatus.Exported && original.Frequency != 8)
        {
            var month = original.Month;
            var item = (await MonthCloseFacts.GatherAsync(db, practice, month, cancellationToken))
                .SingleOrDefault(m => m.PatientId == original.PatientId && m.Program == original.Program);
            // The original month's rules and the ICD-10-CM release in force on its date of service, not today's.
            var refs = await references.ExecuteAsync(month, cancellationToken);
            var yearRules = await ruleYears.ForMonthAsync(month, refs, cancellationToken);
            if (yearRules.Value is not { } rules)
            {
                return yearRules.Error!;
            }

            fresh = item is null ? null : MonthlyBilling.Evaluate(item.Facts, refs, rules);
            if (fresh?.Claim is null || fresh.Status == BillingStatus.Blocked)
            {
                var why = fresh is null ? "the patient has no enrollment or time in the month any more" : string.Join(", ", fresh.Reasons.Select(r => r.Code));
                return new BusinessError(ClaimCodes.NotBillable, $"Claim {original.ClaimNumber}: the month is no longer billable ({why}); void the claim instead.");
            }

            var charges = await db.PracticeCharges.AsNoTracking().Where(c => c.PracticeId == practiceId)
                .ToDictionaryAsync(c => c.Code.Value, c => c.Amount, cancellationToken);
            content = ClaimContent.Price(fresh.Claim, fresh.RuleYear, refs.Fees, charges);
            decision = await db.MonthDecisions.SingleAsync(d => d.Id == original.DecisionId, cancellationToken);
        }

        var outcome = original.Correct(kind == CorrectionKind.Void, content, string.IsNullOrWhiteSpace(reference) ? original.ClaimNumber : reference, reason, now, access.ActorName);
        if (outcome.Failure is { } failure)
        {
            return new BusinessError(failure.Code, failure.Message);
        }

        var correction = outcome.Value!;
        db.BillingClaims.Add(correction);

        // The patient-month's stored decision now says what the replacement bills.
        if (decision is not null && fresh is not null)
        {
            decision.Apply(fresh, now);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new BusinessError(ClaimCodes.Concurrent, "Someone changed this claim at the same time; list the claims again and repeat.");
        }

        var verb = kind == CorrectionKind.Void ? "voided" : "replaced";
        await audit.RecordAsync(new AuditEntry(AuditActions.Update, string.Create(CultureInfo.InvariantCulture,
            $"claim {original.ClaimNumber} {verb} by {correction.ClaimNumber} (frequency {correction.Frequency})"), original.PatientId, practiceId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ClaimCorrection(original.ClaimNumber, correction.Id, correction.ClaimNumber, correction.Month.ToString(), correction.Frequency,
            correction.OriginalReference!, correction.Charge.Cents, correction.Lines.OrderBy(l => l.Number).Select(l => new ClaimLineView(l.Code.Value, l.Units)).ToList());
    }
}

public enum CorrectionKind
{
    Replace,
    Void,
}

/// <summary>The claim corrected and the new frequency 7 or 8 claim that goes out in the next export.</summary>
public sealed record ClaimCorrection(string Corrected, Guid Id, string ClaimNumber, string Month, int Frequency, string OriginalReference, long ChargeCents, IReadOnlyList<ClaimLineView> Lines);
