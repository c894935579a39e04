namespace Chronicle.Interop.X12;

using Chronicle.Domain.Common;

/// <summary>What <see cref="Claim837IReader"/> found in a file, read as far as its structure allowed.</summary>
public sealed record Claim837IContents(int? InterchangeControlNumber, bool IsProduction, IReadOnlyList<ReadInstitutionalClaim> Claims);

/// <summary>An institutional claim as read back; values that failed their checks are empty or null.</summary>
public sealed record ReadInstitutionalClaim(
    string TransactionControlNumber,
    string BillingProviderNpi,
    string ClaimId,
    Money Total,
    string TypeOfBill,
    string? OriginalClaimReference,
    DateOnly? StatementFrom,
    DateOnly? StatementThrough,
    string PatientMbi,
    string PatientLastName,
    string PatientFirstName,
    DateOnly? PatientBirthDate,
    string PayerId,
    IReadOnlyList<string> Diagnoses,
    string? AttendingNpi,
    IReadOnlyList<ReadInstitutionalLine> Lines)
{
    /// <summary>Loops 2320/2330A/2330B as read: the payers after this claim's payer.</summary>
    public IReadOnlyList<ReadOtherPayer> OtherPayers { get; init; } = [];
}

/// <summary>An SV2 line as read back with its date of service and line control number.</summary>
public sealed record ReadInstitutionalLine(
    string RevenueCode,
    string Code,
    IReadOnlyList<string> Modifiers,
    Money Charge,
    decimal Units,
    DateOnly? ServiceDate,
    string? LineControlNumber);

/// <summary>The verdict on an 837I file: valid when there is no issue. Contents hold what could be read either way.</summary>
public sealed record Claim837IReadResult(IReadOnlyList<X12Issue> Issues, Claim837IContents Contents)
{
    public bool IsValid => Issues.Count == 0;
}

/// <summary>
/// A strict reader of the 837I 005010X223A2 profile Chronicle writes (Medicare, patient =
/// subscriber, outpatient care management): the 837P reader's envelope, header and subscriber
/// checks, then loop 2300 and its lines as <see cref="Claim837IClaimReader"/> reads them. It never
/// throws on input; a guide example with loops Chronicle does not write is reported, not crashed on.
/// </summary>
public static class Claim837IReader
{
    public static Claim837IReadResult Read(string? text)
    {
        var claims = new List<ReadInstitutionalClaim>();
        var profile = new X12ClaimProfile(
            Claim837IWriter.Version, "837I", ClaimFilingIndicators.Institutional,
            (cursor, check, subscriber) => claims.Add(new Claim837IClaimReader(cursor, check, subscriber).Read()));
        var (issues, number, production) = Claim837Reader.Read(text, profile);
        return new Claim837IReadResult(issues, new Claim837IContents(number, production, claims));
    }
}
