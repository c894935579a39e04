namespace Chronicle.Domain.Billing.Claims;

using Chronicle.Domain.Common;

/// <summary>Where a statement's amounts come from: the payer's 835 (a bill) or Chronicle's expectation before any payer decided (an estimate, never a bill).</summary>
public enum StatementSource
{
    Estimate = 1,
    Remittance = 2,
}

/// <summary>
/// One service on a statement, or (without a line number) the patient responsibility an 835 gave
/// the claim as a whole: what was charged, what the payer pays, and the patient's part by reason:
/// deductible (CARC 1), coinsurance (CARC 2) and any other patient responsibility.
/// </summary>
public sealed record StatementLine(int? LineNumber, HcpcsCode? Code, int Units, DateOnly ServiceDate, Money Charge, Money PayerPays, Money Deductible, Money Coinsurance, Money Other)
{
    public Money PatientOwes => Deductible + Coinsurance + Other;
}

/// <summary>
/// A claim's statement as <see cref="StatementRules"/> decides it: its source, the services, and the
/// totals. For a remittance the totals are the 835's (CLP04 paid, CLP05 patient responsibility
/// split by its PR adjustments); the lines itemise them.
/// </summary>
public sealed record StatementAmounts(StatementSource Source, IReadOnlyList<StatementLine> Lines, Money Charge, Money PayerPays, Money Deductible, Money Coinsurance, Money Other)
{
    public Money AmountDue => Deductible + Coinsurance + Other;

    public bool IsEstimate => Source == StatementSource.Estimate;
}

/// <summary>A claim's statement, or why there is none (a QMB patient, nothing owed, a claim denied, rejected or reversed).</summary>
public sealed record StatementDecision(StatementAmounts? Amounts, Finding? NoStatement)
{
    public static StatementDecision None(Finding why) => new(null, why);
}

/// <summary>The source code statements carry on every surface: 'remittance' or 'estimate'.</summary>
public static class StatementSources
{
    public static string ToCode(this StatementSource source) => source == StatementSource.Remittance ? "remittance" : "estimate";
}
