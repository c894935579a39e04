namespace Chronicle.Interop.X12;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;

/// <summary>
/// One Medicare Part B claim (loops 2000B–2400). The patient is always the subscriber. The claim
/// total is not an input: the writer sums the lines, so CLM02 and the lines can never disagree.
/// </summary>
public sealed record ProfessionalClaim(
    string ClaimId,
    ClaimPatient Patient,
    ClaimPayer Payer,
    string PlaceOfService,
    ClaimFrequency Frequency,
    string? OriginalClaimReference,
    IReadOnlyList<Icd10Code> Diagnoses,
    RenderingProvider RenderingProvider,
    IReadOnlyList<ClaimServiceLine> Lines)
{
    public Money Total => Lines.Aggregate(Money.Zero, (sum, line) => sum + line.Charge);

    /// <summary>Loops 2320/2330A/2330B: the Medigap secondary Medicare crosses the claim over to; null when there is none.</summary>
    public ClaimOtherPayer? OtherPayer { get; init; }
}

/// <summary>CLM05-3: an original claim, or a replacement (7) or void (8) of one already sent.</summary>
public enum ClaimFrequency
{
    Original = 1,
    Replacement = 7,
    Void = 8,
}

/// <summary>DMG03.</summary>
public enum ClaimSex
{
    Female,
    Male,
    Unknown,
}

/// <summary>Loop 2010BA: the beneficiary, identified by MBI, or by <see cref="MemberId"/> when the payer is a plan (Medicare Advantage, ...).</summary>
public sealed record ClaimPatient(
    Mbi Mbi,
    string LastName,
    string FirstName,
    string? MiddleName,
    DateOnly BirthDate,
    ClaimSex Sex,
    ClaimAddress Address)
{
    /// <summary>The plan's member id written in NM109 instead of the MBI; null for Original Medicare.</summary>
    public string? MemberId { get; init; }
}

/// <summary>Loop 2310B: the billing practitioner who renders the service (never the clinical staff).</summary>
public sealed record RenderingProvider(Npi Npi, string LastName, string FirstName, string? Taxonomy = null);

/// <summary>
/// Loop 2400: one procedure with its units and charge for all units, up to four modifiers,
/// one to four pointers (1-based) into the claim's diagnoses, the date of service, and the line
/// control number (REF*6R) the payer echoes on the 835's SVC so that payments match their line.
/// </summary>
public sealed record ClaimServiceLine(
    HcpcsCode Code,
    int Units,
    Money Charge,
    IReadOnlyList<int> DiagnosisPointers,
    DateOnly ServiceDate,
    IReadOnlyList<string>? Modifiers = null,
    string? ControlNumber = null);
