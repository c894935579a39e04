namespace Chronicle.Application.Statements;

using Chronicle.Data;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The claims a statement may be owed for, with what <see cref="StatementRules"/> decides for each
/// (ADR 0255): original and replacement claims billed in the month (a superseded claim's statement
/// gives way to its replacement's; a void owes nothing), their patient-responsibility adjustments,
/// the 835 their amounts came from and any statement already sent.
/// </summary>
internal static class StatementQuery
{
    public static async Task<List<StatementCase>> ForMonthAsync(ChronicleDbContext db, PracticeId practiceId, BillingMonth month, Guid? claimId, CancellationToken cancellationToken)
    {
        var key = month.Key;
        var claims = await db.BillingClaims.AsNoTracking()
            .Where(c => c.PracticeId == practiceId && c.MonthKey == key && c.Frequency != 8 && ClaimStatuses.Billed.Contains(c.Status))
            .Where(c => claimId == null || c.Id == claimId)
            .ToListAsync(cancellationToken);
        var ids = claims.Select(c => c.Id).ToList();
        var patientIds = claims.Select(c => c.PatientId).Distinct().ToList();
        var fileIds = claims.Where(c => c.RemittanceFileId != null).Select(c => c.RemittanceFileId!.Value).Distinct().ToList();
        var patients = await db.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var adjustments = (await db.PostedAdjustments.AsNoTracking().Where(a => ids.Contains(a.ClaimId) && a.Group == "PR").ToListAsync(cancellationToken)).ToLookup(a => a.ClaimId);
        var sent = await db.PatientStatements.AsNoTracking().Where(s => s.PracticeId == practiceId && s.MonthKey == key).ToDictionaryAsync(s => s.ClaimId, cancellationToken);
        var files = await db.ResponseFiles.AsNoTracking().Where(f => fileIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Origin, cancellationToken);
        return claims.Select(c =>
        {
            var patient = patients[c.PatientId];
            return new StatementCase(
                c,
                patient,
                StatementRules.For(c, patient.Qmb, adjustments[c.Id]),
                sent.GetValueOrDefault(c.Id),
                c.RemittanceFileId is { } file ? files.GetValueOrDefault(file) : null);
        }).ToList();
    }
}

/// <summary>One claim's statement: the claim, its patient, the rule's decision, the statement already sent if any, and the origin of the 835 its amounts came from.</summary>
internal sealed record StatementCase(BillingClaim Claim, Patient Patient, StatementDecision Decision, PatientStatementRecord? Sent, string? RemittanceOrigin)
{
    /// <summary>Shown on the staff list: a statement or estimate to act on, or one sent that a later 835 withdrew.</summary>
    public bool Listed => !Patient.Qmb && (Decision.Amounts is not null || Sent is not null);

    /// <summary>'estimate' (preview only), 'to-send', 'sent', 'withdrawn' (nothing owed any more) or 'corrected' (withdrawn; a new amount to send).</summary>
    public string State => (Decision.Amounts, Sent) switch
    {
        ({ IsEstimate: true }, null) => "estimate",
        (_, { IsWithdrawn: false }) => "sent",
        ({ IsEstimate: false }, { IsWithdrawn: true }) => "corrected",
        (null, { IsWithdrawn: true }) or ({ IsEstimate: true }, { IsWithdrawn: true }) => "withdrawn",
        _ => "to-send",
    };
}
