namespace Chronicle.Interop.X12;

using Chronicle.Domain.Common;

/// <summary>What <see cref="Claim837Reader"/> found in a file, read as far as its structure allowed.</summary>
public sealed record Claim837Contents(int? InterchangeControlNumber, bool IsProduction, IReadOnlyList<ReadClaim> Claims);

/// <summary>A claim as read back from a file; values that failed their checks are empty or null.</summary>
public sealed record ReadClaim(
    string TransactionControlNumber,
    string BillingProviderNpi,
    string ClaimId,
    Money Total,
    string PlaceOfService,
    string Frequency,
    string? OriginalClaimReference,
    string PatientMbi,
    string PatientLastName,
    string PatientFirstName,
    DateOnly? PatientBirthDate,
    string PatientSex,
    string PayerId,
    IReadOnlyList<string> Diagnoses,
    string? RenderingProviderNpi,
    IReadOnlyList<ReadServiceLine> Lines)
{
    /// <summary>Loops 2320/2330A/2330B as read: the payers after this claim's payer.</summary>
    public IReadOnlyList<ReadOtherPayer> OtherPayers { get; init; } = [];
}

/// <summary>A service line as read back: procedure code and modifiers, charge, units, pointers and date of service.</summary>
public sealed record ReadServiceLine(
    string Code,
    IReadOnlyList<string> Modifiers,
    Money Charge,
    decimal Units,
    IReadOnlyList<int> DiagnosisPointers,
    DateOnly? ServiceDate,
    string? ControlNumber = null);

/// <summary>The verdict on a file: valid when there is no issue. Contents hold what could be read either way.</summary>
public sealed record Claim837ReadResult(IReadOnlyList<X12Issue> Issues, Claim837Contents Contents)
{
    public bool IsValid => Issues.Count == 0;
}
