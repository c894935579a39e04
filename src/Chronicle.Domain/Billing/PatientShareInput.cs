namespace Chronicle.Domain.Billing;

using Chronicle.Domain.Common;

/// <summary>One billed service with the amount Medicare allows for it (all units).</summary>
public sealed record PatientShareService(HcpcsCode Code, int Units, DateOnly ServiceDate, Money Allowed);

/// <summary>
/// Where the patient stands on the annual Part B deductible before these services, for practices
/// that track it (from the remittance advice or an eligibility check). The calendar year is the
/// year of the services.
/// </summary>
public sealed record PartBDeductible(Money Annual, Money MetBeforeThisMonth)
{
    public Money Remaining => MetBeforeThisMonth >= Annual ? Money.Zero : Annual - MetBeforeThisMonth;
}

/// <summary>
/// What the patient's share of a month's services depends on: the services, whether the patient
/// is a Qualified Medicare Beneficiary (never billed for Medicare cost sharing), the deductible
/// when the practice tracks it (null when it does not), and the coinsurance rate (Part B: 20 %).
/// </summary>
public sealed record PatientShareInput(
    IReadOnlyList<PatientShareService> Services,
    bool IsQualifiedMedicareBeneficiary,
    PartBDeductible? Deductible,
    decimal CoinsurancePercent = PatientShareCalculator.PartBCoinsurancePercent);
