namespace Chronicle.Interop.X12.Responses;

using Chronicle.Domain.Common;

/// <summary>
/// The 835's balancing rules. The payment must equal what the claims paid less the provider
/// adjustments (BPR02 = Σ CLP04 − Σ PLB amounts; negative for a debit), and each claim's charge
/// less its payment must equal its adjustments (CLP03 − CLP04 = Σ CAS of the claim and its lines):
/// either failing blocks the file, which is reported, never half-applied. A line that does not
/// balance (SVC02 − SVC03 ≠ Σ its CAS) or patient responsibility that differs from the PR
/// adjustments (CLP05 ≠ Σ PR) is reported leniently: the claim's money is right either way.
/// Only run when every amount could be read, so a bad number is not also reported as an imbalance.
/// </summary>
internal static class RemittanceBalance
{
    public static void Check(X12Segment st, RemittanceAdvice advice, ResponseProblems problems)
    {
        var paid = Sum(advice.Claims.Select(c => c.Paid));
        var provider = Sum(advice.ProviderAdjustments.Select(p => p.Amount));
        var payment = advice.Payment.CreditOrDebit == "D" ? Money.Zero - advice.Payment.Amount : advice.Payment.Amount;
        if (payment != paid - provider)
        {
            problems.Add(new ResponseProblem(st.Number, st.Id, "BPR02",
                $"the payment of {advice.Payment.Amount.ToPlainString()} does not balance: the claims paid {paid.ToPlainString()} (CLP04) less provider adjustments of {provider.ToPlainString()} (PLB) come to {(paid - provider).ToPlainString()}; the file is not applied.",
                true));
        }

        foreach (var claim in advice.Claims)
        {
            var adjusted = Sum(claim.AllAdjustments.Select(a => a.Amount));
            if (claim.Charge - claim.Paid != adjusted)
            {
                problems.Add(new ResponseProblem(claim.SegmentNumber, "CLP", "CLP04",
                    $"claim {claim.ClaimId} does not balance: charge {claim.Charge.ToPlainString()} less paid {claim.Paid.ToPlainString()} is {(claim.Charge - claim.Paid).ToPlainString()}, but its adjustments (CAS) come to {adjusted.ToPlainString()}.",
                    true));
            }

            var patient = Sum(claim.AllAdjustments.Where(a => a.Group == "PR").Select(a => a.Amount));
            if (patient != claim.PatientResponsibility)
            {
                problems.Add(new ResponseProblem(claim.SegmentNumber, "CLP", "CLP05",
                    $"claim {claim.ClaimId}: patient responsibility {claim.PatientResponsibility.ToPlainString()} differs from its PR adjustments, {patient.ToPlainString()}; CLP05 is taken.",
                    false));
            }

            foreach (var line in claim.Lines.Where(l => l.Charge - l.Paid != Sum(l.Adjustments.Select(a => a.Amount))))
            {
                problems.Add(new ResponseProblem(line.SegmentNumber, "SVC", "SVC03",
                    $"line {(line.Code.Length > 0 ? line.Code : "without a code")} of claim {claim.ClaimId} does not balance: charge {line.Charge.ToPlainString()} less paid {line.Paid.ToPlainString()} differs from its adjustments (CAS), {Sum(line.Adjustments.Select(a => a.Amount)).ToPlainString()}.",
                    false));
            }
        }
    }

    private static Money Sum(IEnumerable<Money> amounts) => amounts.Aggregate(Money.Zero, (total, amount) => total + amount);
}
