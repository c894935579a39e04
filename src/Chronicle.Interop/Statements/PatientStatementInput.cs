namespace Chronicle.Interop.Statements;

using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;

/// <summary>
/// One patient's statement for one month: who sends it, to whom, for which services, and the
/// patient's share as <see cref="PatientShareCalculator"/> worked it out.
/// </summary>
public sealed record PatientStatementInput(
    StatementPractice Practice,
    StatementPatient Patient,
    BillingMonth Month,
    DateOnly StatementDate,
    DateOnly DueDate,
    string StatementNumber,
    PatientShareResult Share,
    IReadOnlyDictionary<HcpcsCode, string>? CodeDescriptions = null);

/// <summary>The practice header: name, street address, and where to call with questions.</summary>
public sealed record StatementPractice(string Name, Address Address, string? Phone);

/// <summary>
/// The addressee: the patient's name, postal address, account number (the MRN) and whether they are
/// a Qualified Medicare Beneficiary, whom no statement may be sent whatever the share says.
/// </summary>
public sealed record StatementPatient(string Name, Address Address, string AccountNumber, bool IsQualifiedMedicareBeneficiary);
