namespace Chronicle.Interop.X12;

using Chronicle.Domain.Common;

/// <summary>
/// Everything one 837P interchange carries: the envelope, who sends it to whom, and one
/// transaction set per billing provider. Built by the application from approved claims.
/// </summary>
public sealed record ClaimFileInput(
    ClaimFileEnvelope Envelope,
    ClaimSubmitter Submitter,
    ClaimReceiver Receiver,
    IReadOnlyList<ClaimBatch> Batches);

/// <summary>
/// The ISA/GS envelope. The control numbers have no default: the caller reserves them from its
/// own persisted sequence so that no two files it ever sends share one (receivers reject
/// duplicates), and the writer never invents one.
/// </summary>
public sealed record ClaimFileEnvelope(
    string InterchangeSenderId,
    string InterchangeReceiverId,
    string ApplicationSenderCode,
    string ApplicationReceiverCode,
    X12ControlNumber InterchangeControlNumber,
    X12ControlNumber GroupControlNumber,
    DateOnly CreatedOn,
    TimeOnly CreatedAt,
    X12Usage Usage,
    bool RequestAcknowledgment = true)
{
    /// <summary>ISA05: the qualifier of the sender id (<see cref="X12InterchangeQualifiers"/>).</summary>
    public string SenderQualifier { get; init; } = X12InterchangeQualifiers.MutuallyDefined;

    /// <summary>ISA07: the qualifier of the receiver id.</summary>
    public string ReceiverQualifier { get; init; } = X12InterchangeQualifiers.MutuallyDefined;
}

/// <summary>The interchange id qualifiers (ISA05, ISA07) the 837P profile allows.</summary>
public static class X12InterchangeQualifiers
{
    public const string MutuallyDefined = "ZZ";

    public static IReadOnlyList<string> All { get; } = ["01", "14", "20", "27", "28", "29", "30", "33", "ZZ"];
}

/// <summary>ISA15: a test file or a production file.</summary>
public enum X12Usage
{
    Test,
    Production,
}

/// <summary>Loop 1000A: the organisation that sends the file and who to call about it.</summary>
public sealed record ClaimSubmitter(string Name, string SubmitterId, string ContactName, string Phone, string? Email = null);

/// <summary>Loop 1000B: the Medicare administrative contractor that receives the file.</summary>
public sealed record ClaimReceiver(string Name, string ReceiverId);

/// <summary>One transaction set (ST–SE): the claims of one billing provider.</summary>
public sealed record ClaimBatch(BillingProvider BillingProvider, IReadOnlyList<ProfessionalClaim> Claims);

/// <summary>Loop 2010AA: the practice that bills, with its physical street address (ZIP+4, no PO box).</summary>
public sealed record BillingProvider(
    string OrganizationName,
    Npi Npi,
    string EmployerId,
    ClaimAddress Address,
    string? Taxonomy = null);

/// <summary>A street address as a claim writes it; the ZIP code is 5 or 9 digits, without a hyphen.</summary>
public sealed record ClaimAddress(string Line1, string? Line2, string City, string State, string Zip);

/// <summary>
/// Loop 2010BB: the payer, identified as its companion guide says, and SBR09, the claim filing
/// indicator (MB Medicare Part B, 16 a Medicare Advantage plan, MC Medicaid, CI commercial).
/// </summary>
public sealed record ClaimPayer(string Name, string PayerId, string FilingIndicator = ClaimFilingIndicators.MedicarePartB);

/// <summary>SBR09 codes Chronicle writes; only MB (and MA on an institutional claim) identify the subscriber by MBI.</summary>
public static class ClaimFilingIndicators
{
    public const string MedicarePartB = "MB";

    /// <summary>Original Medicare on an institutional claim: Part A's MAC receives RHC, FQHC and CAH claims.</summary>
    public const string MedicarePartA = "MA";
    public const string MedicareAdvantage = "16";
    public const string Medicaid = "MC";
    public const string Commercial = "CI";

    public static IReadOnlyList<string> All { get; } = [MedicarePartB, MedicareAdvantage, Medicaid, Commercial];

    /// <summary>The codes an institutional claim may carry: Original Medicare is Part A there.</summary>
    public static IReadOnlyList<string> Institutional { get; } = [MedicarePartA, MedicareAdvantage, Medicaid, Commercial];

    /// <summary>Whether the subscriber is named by MBI (Original Medicare) rather than by a plan's member id.</summary>
    public static bool IsOriginalMedicare(string? code) => code is null or MedicarePartB or MedicarePartA;

    /// <summary>The institutional claim's code for a payer's professional one.</summary>
    public static string ForInstitutional(string professional) => professional == MedicarePartB ? MedicarePartA : professional;
}
