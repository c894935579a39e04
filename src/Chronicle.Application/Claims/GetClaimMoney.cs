namespace Chronicle.Application.Claims;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Where the money of each month's claims stands once they leave the practice (ADR 0250): what was
/// billed to payers, what they paid, what they denied or rejected, what is still outstanding and
/// what the practice wrote off. The billing page (one month) and the billing dashboard (twelve
/// months) both ask this, so the figures and their definitions live here only. One query per call,
/// a row per claim of the window; the sums are made here so each bucket's rule reads as one line.
/// </summary>
public sealed class GetClaimMoney(ChronicleDbContext db, BillingAccess access, AuditTrail audit)
{
    public async Task<Result<IReadOnlyList<MonthMoney>>> ExecuteAsync(BillingMonth from, BillingMonth to, string? practiceNpi, CancellationToken cancellationToken)
    {
        var practiceResult = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return practiceResult.Error!;
        }

        var practiceId = practice.Id;
        int first = from.Key, last = to.Key;
        var claims = await db.BillingClaims.AsNoTracking()
            .Where(c => c.PracticeId == practiceId && c.MonthKey >= first && c.MonthKey <= last)
            .Select(c => new ClaimMoney(c.MonthKey, c.Status, c.Frequency, c.Lines.Sum(l => l.ChargeCents), c.PaidCents))
            .ToListAsync(cancellationToken);
        var byMonth = claims.ToLookup(c => c.MonthKey);
        var months = new List<MonthMoney>();
        for (var month = from; month.Key <= last; month = month.Next())
        {
            months.Add(Sum(month, [.. byMonth[month.Key]]));
        }

        await audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture, $"claim money {from} to {to}"), null, practiceId), cancellationToken);
        return months;
    }

    /// <summary>
    /// The buckets. A void (frequency 8) cancels its original, which is superseded: neither counts
    /// as billed, so a voided month bills nothing; a replaced claim counts once, as its replacement.
    /// <list type="bullet">
    /// <item>Billed: the charges of the claims that stand as sent (exported or any later status, written off included).</item>
    /// <item>Paid: the net of every payment an 835 posted on the month's claims (CLP04, reversals negative), whatever the claim's status now.</item>
    /// <item>Denied: the charges of the claims rejected (999, 277CA) or denied (835 CLP02 4) and not yet worked: the denials worklist.</item>
    /// <item>Outstanding: the charges of the claims sent that no remittance has decided: exported, submitted, accepted by the payer,
    /// or whose payment was reversed (the payer owes a new decision). Paid, denied, rejected and written-off claims are not outstanding,
    /// and neither is the unpaid part of a paid claim (that is the contractual write-down and the patient's share).</item>
    /// <item>Written off: the charges of the denied or rejected claims the practice stopped pursuing.</item>
    /// </list>
    /// </summary>
    private static MonthMoney Sum(BillingMonth month, IReadOnlyList<ClaimMoney> claims)
    {
        var standing = claims.Where(c => c.Frequency != 8).ToList();
        long Charges(Func<ClaimStatus, bool> which) => standing.Where(c => which(c.Status)).Sum(c => c.ChargeCents);
        return new MonthMoney(
            month.ToString(),
            standing.Count(c => IsBilled(c.Status)),
            Charges(IsBilled),
            claims.Sum(c => c.PaidCents ?? 0),
            Charges(s => s is ClaimStatus.Denied or ClaimStatus.Rejected),
            Charges(s => s is ClaimStatus.Exported or ClaimStatus.Submitted or ClaimStatus.Accepted or ClaimStatus.Reversed),
            Charges(s => s == ClaimStatus.WrittenOff));
    }

    private static bool IsBilled(ClaimStatus status) => status.IsSent() || status == ClaimStatus.WrittenOff;

    private sealed record ClaimMoney(int MonthKey, ClaimStatus Status, int Frequency, long ChargeCents, long? PaidCents);
}

/// <summary>One month's money in cents: claims sent, billed, paid, denied, outstanding and written off (definitions on <see cref="GetClaimMoney"/>).</summary>
public sealed record MonthMoney(string Month, int SentClaims, long BilledCents, long PaidCents, long DeniedCents, long OutstandingCents, long WrittenOffCents);
