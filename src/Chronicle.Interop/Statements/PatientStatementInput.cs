namespace Chronicle.Interop.Statements;

using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;

/// <summary>
/// One claim's statement for one month: who sends it, to whom, for which services, and the amounts
/// as <see cref="StatementRules"/> decided them: from the payer's 835 (a bill, with the payer and
/// trace number it came from) or, before the payer decided, an estimate that says so.
/// </summary>
public sealed record PatientStatementInput(
    StatementPractice Practice,
    StatementPatient Patient,
    BillingMonth Month,
    DateOnly StatementDate,
    DateOnly DueDate,
    string StatementNumber,
    StatementAmounts Amounts,
    StatementPayer Payer,
    IReadOnlyDictionary<HcpcsCode, string>? CodeDescriptions = null);

/// <summary>The practice header: name, street address, and where to call with questions.</summary>
public sealed record StatementPractice(string Name, Address Address, string? Phone);

/// <summary>
/// The addressee: the patient's name, postal address, account number (the MRN) and whether they are
/// a Qualified Medicare Beneficiary, whom no statement may be sent whatever the amounts say.
/// </summary>
public sealed record StatementPatient(string Name, Address Address, string AccountNumber, bool IsQualifiedMedicareBeneficiary);

/// <summary>The payer the claim went to and, for a statement from its remittance, the payment's trace number (TRN02).</summary>
public sealed record StatementPayer(string Name, string? Trace = null);
