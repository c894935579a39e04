namespace Chronicle.Domain.Billing;

using System.Globalization;
using Chronicle.Domain.Payers;

/// <summary>
/// Who a month's claim is billed to (docs/rules/ccm.md §6.5): the primary coverage in force on the
/// date of service. Original Medicare bills the MAC, a Medicare Advantage plan is billed itself
/// (its payer id and member id), and a Medigap secondary in force behind Original Medicare is named
/// for crossover, with no second claim. No primary in force blocks the month (NO-COVERAGE).
/// </summary>
internal static class PayerChoice
{
    public static ClaimPayerFact? Choose(IReadOnlyList<CoverageFact>? coverage, DateOnly dateOfService, DecisionNotes notes)
    {
        if (coverage is null)
        {
            // Facts that do not speak of coverage (older scenario files): Original Medicare, as before payers existed.
            return null;
        }

        var inForce = coverage.Where(c => c.InForceOn(dateOfService)).ToList();
        var primary = inForce.Where(c => c.Order == CoverageOrder.Primary).OrderByDescending(c => c.Start).FirstOrDefault();
        if (primary is null)
        {
            notes.Add(
                BillingReasonCodes.NoCoverage,
                string.Create(CultureInfo.InvariantCulture,
                    $"The patient has no primary coverage in force on the date of service ({dateOfService:yyyy-MM-dd}), so there is no payer to bill; record the patient's coverage (payer, member id, dates) and close the month again."),
                BillingSources.Payer,
                ReasonKind.Requirement);
            return null;
        }

        var medigap = primary.Kind == PayerKind.MedicarePartB
            ? inForce.FirstOrDefault(c => c.Order == CoverageOrder.Secondary && c.Kind == PayerKind.Medigap)
            : null;
        return new ClaimPayerFact(primary.PayerCode, primary.MemberId, medigap?.PayerCode);
    }
}
