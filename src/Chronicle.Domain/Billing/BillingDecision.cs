namespace Chronicle.Domain.Billing;

using Chronicle.Domain.Common;

/// <summary>The engine's answer for one patient-month (docs/spec/billing-scenario.md, "Output").</summary>
public sealed record BillingDecision(
    BillingStatus Status,
    ProposedClaim? Claim,
    CountedMinutes CountedMinutes,
    IReadOnlyList<BillingReason> Reasons,
    IReadOnlyList<string> Explanation,
    TimeCount Time,
    int RuleYear);

public enum BillingStatus
{
    /// <summary>Claim ready.</summary>
    Billable = 1,

    /// <summary>Claim proposed, but a warning needs a person.</summary>
    NeedsReview = 2,

    /// <summary>The time would bill but a requirement fails; the claim only shows what would be billed.</summary>
    Blocked = 3,

    /// <summary>Nothing to bill this month.</summary>
    NotBillable = 4,
}

public static class BillingStatuses
{
    public static string ToCode(this BillingStatus status) => status switch
    {
        BillingStatus.Billable => "billable",
        BillingStatus.NeedsReview => "needs-review",
        BillingStatus.Blocked => "blocked",
        BillingStatus.NotBillable => "not-billable",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown billing status."),
    };
}

/// <summary>The claim the month earns: lines base code first, then add-ons; diagnoses without the dot; priced by its billing setting.</summary>
public sealed record ProposedClaim(
    string BillingNpi,
    DateOnly DateOfService,
    string PlaceOfService,
    IReadOnlyList<string> Diagnoses,
    IReadOnlyList<ClaimLine> Lines,
    Practices.BillingSetting Setting = Practices.BillingSetting.ProfessionalOffice)
{
    /// <summary>The payer the claim goes to, from the coverage facts; null when the facts state no coverage (a scenario, billed as Original Medicare).</summary>
    public ClaimPayerFact? Payer { get; init; }
}

/// <summary>Who a claim is billed to: the primary payer's id and the member id, and a Medigap secondary to cross over to.</summary>
public sealed record ClaimPayerFact(string PayerCode, string MemberId, string? CrossoverPayerCode);

public sealed record ClaimLine(HcpcsCode Code, int Units);

public sealed record CountedMinutes(int ClinicalStaff, int BillingPractitioner);

/// <summary>A failed requirement, a warning or a note, with its stable code, message and source.</summary>
public sealed record BillingReason(string Code, string Message, string Source, ReasonKind Kind);

public enum ReasonKind
{
    /// <summary>Why nothing is billed (NOT-ENROLLED, BELOW-THRESHOLD).</summary>
    NothingToBill = 1,

    /// <summary>A failed requirement: status blocked.</summary>
    Requirement = 2,

    /// <summary>Needs a person: status needs-review.</summary>
    Warning = 3,

    /// <summary>Information, such as minutes not counted and why.</summary>
    Note = 4,
}
