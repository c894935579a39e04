namespace Chronicle.Domain.Billing;

using Chronicle.Domain.Common;

/// <summary>A service's split: the part that went to the deductible, the coinsurance on the rest, and what Medicare pays.</summary>
public sealed record PatientShareLine(PatientShareService Service, Money Deductible, Money Coinsurance)
{
    public Money PatientOwes => Deductible + Coinsurance;

    public Money MedicarePays => Service.Allowed - PatientOwes;
}

/// <summary>
/// The patient's share of a month's services. For a Qualified Medicare Beneficiary every share is
/// zero and <see cref="BillingProhibited"/> holds the finding that forbids sending a statement.
/// </summary>
public sealed record PatientShareResult(IReadOnlyList<PatientShareLine> Lines, Finding? BillingProhibited)
{
    public Money Allowed => Sum(l => l.Service.Allowed);

    public Money Deductible => Sum(l => l.Deductible);

    public Money Coinsurance => Sum(l => l.Coinsurance);

    public Money AmountDue => Deductible + Coinsurance;

    public Money MedicarePays => Allowed - AmountDue;

    private Money Sum(Func<PatientShareLine, Money> part) => Lines.Aggregate(Money.Zero, (sum, line) => sum + part(line));
}
