namespace Chronicle.Application.Claims;

using Chronicle.Data;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Payers;
using Chronicle.Interop.X12;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The other payer of each claim month close marked for Medigap crossover (ADR 0262): the claim
/// keeps the Medigap's payer id; the member id is the patient's coverage with that payer, second in
/// order and in force on the date of service. A crossover that can no longer be written (payer gone
/// from the directory, coverage ended or removed) is listed by claim and no file is written: a
/// claim without its crossover would leave the patient's supplement unbilled.
/// </summary>
internal static class ClaimCrossovers
{
    public static async Task<(Dictionary<Guid, ClaimOtherPayer> Crossovers, List<string> Problems)> LoadAsync(
        ChronicleDbContext db,
        IReadOnlyList<BillingClaim> claims,
        IReadOnlyList<Payer> payers,
        IReadOnlyDictionary<PatientId, Patient> patients,
        CancellationToken cancellationToken)
    {
        var crossovers = new Dictionary<Guid, ClaimOtherPayer>();
        var problems = new List<string>();
        var marked = claims.Where(c => c.CrossoverPayerCode is not null).ToList();
        if (marked.Count == 0)
        {
            return (crossovers, problems);
        }

        var byCode = payers.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var coverage = new List<Coverage>();
        foreach (var slice in marked.Select(c => c.PatientId).Distinct().Chunk(1000))
        {
            coverage.AddRange(await db.Coverages.AsNoTracking()
                .Where(c => slice.Contains(c.PatientId) && c.Order == CoverageOrder.Secondary).ToListAsync(cancellationToken));
        }

        foreach (var claim in marked)
        {
            var code = claim.CrossoverPayerCode!;
            if (!byCode.TryGetValue(code, out var payer))
            {
                problems.Add($"claim {claim.ClaimNumber}: its Medigap payer {code} is no longer in the payer directory; add it back or correct the claim.");
                continue;
            }

            var medigap = coverage.FirstOrDefault(c => c.PatientId == claim.PatientId && c.PayerId == payer.Id && c.InForceOn(claim.DateOfService));
            if (medigap is null)
            {
                problems.Add($"claim {claim.ClaimNumber}: the patient's coverage with {payer.Name} ({code}) is no longer in force on the date of service; record it again or correct the claim.");
                continue;
            }

            crossovers[claim.Id] = ClaimParties.OtherPayerOf(patients[claim.PatientId], medigap, payer);
        }

        return (crossovers, problems);
    }
}
