namespace Chronicle.Application.Statements;

using Chronicle.Data;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The claims a statement is owed for: original and replacement claims approved or exported in the
/// month (a superseded claim's statement gives way to its replacement's; a void owes nothing). The
/// patient's share is 20 % coinsurance of the expected payment (the allowed amount); Chronicle
/// does not track the Part B deductible yet, so none is applied.
/// </summary>
internal static class StatementQuery
{
    public static async Task<List<(BillingClaim Claim, Patient Patient)>> ForMonthAsync(ChronicleDbContext db, PracticeId practiceId, BillingMonth month, Guid? claimId, CancellationToken cancellationToken)
    {
        var key = month.Key;
        var claims = await db.BillingClaims.AsNoTracking()
            .Where(c => c.PracticeId == practiceId && c.MonthKey == key && c.Frequency != 8 && ClaimStatuses.Billed.Contains(c.Status))
            .Where(c => claimId == null || c.Id == claimId)
            .ToListAsync(cancellationToken);
        var ids = claims.Select(c => c.PatientId).Distinct().ToList();
        var patients = await db.Patients.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return claims.Select(c => (c, patients[c.PatientId])).ToList();
    }

    public static PatientShareResult Share(BillingClaim claim, Patient patient) =>
        PatientShareCalculator.Calculate(new PatientShareInput(
            claim.Lines.OrderBy(l => l.Number).Select(l => new PatientShareService(l.Code, l.Units, claim.DateOfService, l.ExpectedPayment)).ToList(),
            patient.Qmb,
            null));
}
