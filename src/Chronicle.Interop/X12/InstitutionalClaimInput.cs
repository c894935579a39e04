namespace Chronicle.Interop.X12;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;

/// <summary>
/// Everything one 837I interchange carries: the same envelope, submitter and receiver as the
/// 837P, and one transaction set per billing facility.
/// </summary>
public sealed record InstitutionalClaimFileInput(
    ClaimFileEnvelope Envelope,
    ClaimSubmitter Submitter,
    ClaimReceiver Receiver,
    IReadOnlyList<InstitutionalClaimBatch> Batches);

/// <summary>One transaction set (ST–SE): the claims of one facility (RHC, FQHC or CAH), its NPI in loop 2010AA.</summary>
public sealed record InstitutionalClaimBatch(BillingProvider BillingProvider, IReadOnlyList<InstitutionalClaim> Claims);

/// <summary>
/// One Medicare institutional claim (loops 2000B–2400) for a month of care management. The type
/// of bill is the facility's two digits (71 RHC, 77 FQHC, 85 CAH) and the frequency; the
/// statement period is the service month; the total is the sum of the lines.
/// </summary>
public sealed record InstitutionalClaim(
    string ClaimId,
    ClaimPatient Patient,
    ClaimPayer Payer,
    string FacilityType,
    ClaimFrequency Frequency,
    string? OriginalClaimReference,
    DateOnly StatementFrom,
    DateOnly StatementThrough,
    IReadOnlyList<Icd10Code> Diagnoses,
    AttendingProvider Attending,
    IReadOnlyList<InstitutionalServiceLine> Lines)
{
    public Money Total => Lines.Aggregate(Money.Zero, (sum, line) => sum + line.Charge);

    /// <summary>Loops 2320/2330A/2330B: the Medigap secondary Medicare crosses the claim over to; null when there is none.</summary>
    public ClaimOtherPayer? OtherPayer { get; init; }

    /// <summary>The four-character type of bill, e.g. 0711.</summary>
    public string TypeOfBill => "0" + FacilityType + ((int)Frequency).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Loop 2310A: the billing practitioner who attends the patient's care.</summary>
public sealed record AttendingProvider(Npi Npi, string LastName, string FirstName, string? Taxonomy = null);

/// <summary>
/// Loop 2400: a revenue code with the HCPCS code and up to four modifiers, units, the charge for
/// all units, the date of service and the line control number the 835 returns in REF*6R.
/// </summary>
public sealed record InstitutionalServiceLine(
    string RevenueCode,
    HcpcsCode Code,
    int Units,
    Money Charge,
    DateOnly ServiceDate,
    string LineControlNumber,
    IReadOnlyList<string>? Modifiers = null);
