namespace Chronicle.Application.MonthClose;

using System.Globalization;
using Chronicle.Data;
using Chronicle.Domain.Billing.Claims;

/// <summary>
/// Puts right what an earlier version's racing closes left in a month (ADR 0166): two open claims
/// for one decision. The migration that made the schema refuse a second claim in force set the
/// extra ones aside as superseded claims that no correction points at; the next close of their
/// month removes them and says so. Nothing was sent on them: they were never approved.
/// </summary>
internal static class MonthCloseRepair
{
    public static List<string> RemoveLeftovers(ChronicleDbContext db, IReadOnlyList<BillingClaim> claims, IEnumerable<MonthDecision> decisions, IReadOnlyList<PatientMonth> months)
    {
        var corrected = claims.Where(c => c.Corrects is not null).Select(c => c.Corrects!.Value).ToHashSet();
        var leftovers = claims.Where(c => c.Status == ClaimStatus.Superseded && c.Frequency == 1 && c.ExportedIn is null && !corrected.Contains(c.Id)).ToList();
        if (leftovers.Count == 0)
        {
            return [];
        }

        db.BillingClaims.RemoveRange(leftovers);
        var mrns = months.GroupBy(m => m.PatientId).ToDictionary(g => g.Key, g => g.First().Mrn);
        var patients = decisions.Where(d => leftovers.Any(c => c.DecisionId == d.Id))
            .Select(d => mrns.TryGetValue(d.PatientId, out var mrn) ? mrn : "a patient no longer in the month")
            .Distinct().Order(StringComparer.Ordinal).ToList();
        return [string.Create(CultureInfo.InvariantCulture,
            $"removed {leftovers.Count} duplicate claim(s) an earlier version left beside the claim in force of {patients.Count} patient-month(s): {string.Join(", ", patients)}")];
    }
}
