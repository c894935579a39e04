namespace Chronicle.Application.Fhir.Resources;

using Chronicle.Application.Security;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The month's claims over FHIR: for those who work with claims in the application (billers,
/// billing practitioners, administrators, auditors, the CLI) and for practice-wide system tokens;
/// care managers and tokens limited to shared patients do not see billing (ADR 0131).
/// </summary>
internal static class BillingData
{
    public static bool MaySeeBilling(FhirScope scope) => scope.Access.Actor.Allows(Capability.ReadBilling);

    public static IQueryable<BillingClaim> Visible(FhirScope scope)
    {
        if (!MaySeeBilling(scope))
        {
            return scope.Db.BillingClaims.AsNoTracking().Where(c => false);
        }

        var patients = scope.VisiblePatients();
        return scope.Db.BillingClaims.AsNoTracking().Where(c => patients.Any(p => p.Id == c.PatientId));
    }

    /// <summary>The staff of the claims' practices who have the billing NPIs, by practice and NPI, in one query.</summary>
    public static async Task<Func<PracticeId, string, StaffMember?>> BillingStaffAsync(FhirScope scope, IReadOnlyCollection<BillingClaim> claims, CancellationToken cancellationToken)
    {
        var practices = claims.Select(c => c.PracticeId).Distinct().ToList();
        var staff = await scope.Db.StaffMembers.AsNoTracking().Where(s => practices.Contains(s.PracticeId) && s.Npi != null).ToListAsync(cancellationToken);
        return (practice, npi) => staff.Find(s => s.PracticeId == practice && s.Npi!.Value.Value == npi);
    }
}
