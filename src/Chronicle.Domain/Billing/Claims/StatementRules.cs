namespace Chronicle.Domain.Billing.Claims;

using Chronicle.Domain.Common;

/// <summary>
/// The one rule of what a patient is asked to pay for a claim (ADR 0255). A statement is issued
/// only from the payer's adjudication: a paid claim's 835 patient responsibility (CLP05), itemised
/// by its PR adjustments as deductible (PR-1), coinsurance (PR-2) and other. Before the payer has
/// decided, the share Medicare would leave (<see cref="PatientShareCalculator"/>) is an estimate
/// that may be previewed, never sent. A denied, rejected, reversed or written-off claim owes
/// nothing, and a Qualified Medicare Beneficiary is never billed Medicare cost sharing.
/// </summary>
public static class StatementRules
{
    public const string NothingDueCode = "STATEMENT-NOTHING-DUE";
    public const string EstimateCode = "STATEMENT-ESTIMATE";
    public const string DeductibleReason = "1";
    public const string CoinsuranceReason = "2";

    public static readonly Finding EstimateFinding = new(
        EstimateCode,
        "This is an estimate: the payer has not decided the claim yet, so it cannot be sent as a bill. The statement is issued from the payer's remittance (835).",
        "docs/rules/ccm.md §7.1 (20 % coinsurance after the deductible; QMB patients never billed)");

    /// <summary>The claim's statement; <paramref name="adjustments"/> are the CAS adjustments posted to it.</summary>
    public static StatementDecision For(BillingClaim claim, bool qualifiedMedicareBeneficiary, IEnumerable<PostedAdjustment> adjustments)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(adjustments);
        if (qualifiedMedicareBeneficiary)
        {
            return StatementDecision.None(PatientShareCalculator.QmbFinding);
        }

        var amounts = claim.Status switch
        {
            ClaimStatus.Paid => FromRemittance(claim, adjustments.Where(a => a.Group == "PR").ToList()),
            ClaimStatus.Approved or ClaimStatus.Exported or ClaimStatus.Submitted or ClaimStatus.Accepted => Estimate(claim),
            _ => null,
        };
        return amounts is { } found && found.AmountDue > Money.Zero
            ? new StatementDecision(found, null)
            : StatementDecision.None(new Finding(NothingDueCode, $"Claim {claim.ClaimNumber} is {claim.Status.ToCode()}: the patient owes nothing on it."));
    }

    private static StatementAmounts FromRemittance(BillingClaim claim, List<PostedAdjustment> patient)
    {
        var lines = claim.Lines.OrderBy(l => l.Number)
            .Select(l => Line(l.Number, l.Code, l.Units, claim.DateOfService, l.Charge, new Money(l.PaidCents ?? 0), patient.Where(a => a.LineNumber == l.Number).ToList()))
            .ToList();
        var claimLevel = patient.Where(a => a.LineNumber is null || claim.Lines.All(l => l.Number != a.LineNumber)).ToList();
        if (claimLevel.Count > 0)
        {
            lines.Add(Line(null, null, 0, claim.DateOfService, Money.Zero, Money.Zero, claimLevel));
        }

        // CLP05 is the patient's responsibility (the reader reports a file whose PR adjustments differ and takes CLP05).
        var due = new Money(claim.PatientResponsibilityCents ?? 0);
        var deductible = Sum(patient, DeductibleReason);
        var coinsurance = Sum(patient, CoinsuranceReason);
        return new StatementAmounts(StatementSource.Remittance, lines, claim.Charge, new Money(claim.PaidCents ?? 0), deductible, coinsurance, due - deductible - coinsurance);
    }

    private static StatementAmounts Estimate(BillingClaim claim)
    {
        var share = PatientShareCalculator.Calculate(new PatientShareInput(
            claim.Lines.OrderBy(l => l.Number).Select(l => new PatientShareService(l.Code, l.Units, claim.DateOfService, l.ExpectedPayment)).ToList(),
            IsQualifiedMedicareBeneficiary: false,
            Deductible: null));
        var lines = claim.Lines.OrderBy(l => l.Number).Zip(share.Lines)
            .Select(p => new StatementLine(p.First.Number, p.First.Code, p.First.Units, claim.DateOfService, p.First.Charge, p.Second.MedicarePays, p.Second.Deductible, p.Second.Coinsurance, Money.Zero))
            .ToList();
        return new StatementAmounts(StatementSource.Estimate, lines, claim.Charge, share.MedicarePays, share.Deductible, share.Coinsurance, Money.Zero);
    }

    private static StatementLine Line(int? number, HcpcsCode? code, int units, DateOnly date, Money charge, Money paid, List<PostedAdjustment> patient)
    {
        var deductible = Sum(patient, DeductibleReason);
        var coinsurance = Sum(patient, CoinsuranceReason);
        var other = new Money(patient.Sum(a => a.AmountCents)) - deductible - coinsurance;
        return new StatementLine(number, code, units, date, charge, paid, deductible, coinsurance, other);
    }

    private static Money Sum(List<PostedAdjustment> patient, string reason) => new(patient.Where(a => a.Reason == reason).Sum(a => a.AmountCents));
}
