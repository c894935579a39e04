namespace Chronicle.Application.Claims;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// 'chronicle claims list' and the billing page: a month's claims, optionally of one status, with
/// totals, and the open claims whose patient-month took time after the last close.
/// </summary>
public sealed class ListClaims(ChronicleDbContext db, BillingAccess access, AuditTrail audit)
{
    public async Task<Result<ClaimList>> ExecuteAsync(BillingMonth month, ClaimStatus? status, string? practiceNpi, CancellationToken cancellationToken)
    {
        var practice = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practice.Value is not { } found)
        {
            return practice.Error!;
        }

        var practiceId = found.Id;
        var key = month.Key;
        var query = db.BillingClaims.AsNoTracking().Where(c => c.PracticeId == practiceId && c.MonthKey == key);
        if (status is { } only)
        {
            query = query.Where(c => c.Status == only);
        }

        var claims = await query.ToListAsync(cancellationToken);
        var decisionIds = claims.Select(c => c.DecisionId).Distinct().ToList();
        var decisions = await db.MonthDecisions.AsNoTracking().Where(d => d.PracticeId == practiceId && d.MonthKey == key)
            .ToDictionaryAsync(d => d.Id, cancellationToken);
        var patientIds = claims.Select(c => c.PatientId).Distinct().ToList();
        var patients = await db.Patients.AsNoTracking().Where(p => p.PracticeId == practiceId && patientIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => (p.Mrn, p.DisplayName), cancellationToken);
        var adjustments = await PostedAdjustments.OfAsync(db, claims, cancellationToken);
        var rows = claims
            .Where(c => decisions.ContainsKey(c.DecisionId))
            .Select(c => ClaimSummary.Of(c, decisions[c.DecisionId], patients[c.PatientId].Mrn, patients[c.PatientId].DisplayName) with { Adjustments = adjustments[c.Id].ToList() })
            .OrderBy(c => c.Mrn, StringComparer.Ordinal).ThenBy(c => c.Program, StringComparer.Ordinal).ThenBy(c => c.Frequency)
            .ToList();
        var changed = await ChangedSinceClose.OfAsync(db, practiceId, month, cancellationToken);
        var changedClaims = claims.Where(changed.Marks).Select(c => c.ClaimNumber).Order(StringComparer.Ordinal).ToList();
        var totals = rows.GroupBy(r => r.Status)
            .Select(g => new StatusTotal(g.Key, g.Count(), g.Sum(r => r.ChargeCents), g.Sum(r => r.ExpectedPaymentCents)))
            .OrderBy(t => t.Status, StringComparer.Ordinal)
            .ToList();
        await audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture, $"claims {month}: {rows.Count} shown"), null, practiceId), cancellationToken);
        return new ClaimList(month.ToString(), rows, totals, changedClaims);
    }
}
