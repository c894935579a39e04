namespace Chronicle.Domain.Payers;

using Chronicle.Domain.Common;

public readonly record struct CoverageId(Guid Value)
{
    public static CoverageId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}

/// <summary>
/// A period in which a payer of the practice's directory covers a patient, first or second. Added
/// and changed only through <see cref="CoverageRules"/>, which keeps one primary at a time.
/// </summary>
public sealed class Coverage
{
    private Coverage() => MemberId = string.Empty;

    public CoverageId Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    public PayerId PayerId { get; private set; }

    /// <summary>The subscriber's id with the payer: the MBI for Original Medicare (stored without dashes).</summary>
    public string MemberId { get; private set; }

    /// <summary>The plan as the payer names it (e.g. "HMO", "Plan G"); free text.</summary>
    public string? PlanType { get; private set; }

    public CoverageOrder Order { get; private set; }

    public DateOnly Start { get; private set; }

    public DateOnly? End { get; private set; }

    public bool InForceOn(DateOnly date) => Start <= date && (End is null || End >= date);

    public bool Overlaps(DateOnly start, DateOnly? end) => Start <= (end ?? DateOnly.MaxValue) && start <= (End ?? DateOnly.MaxValue);

    internal static Coverage Create(PracticeId practiceId, PatientId patientId, CoverageDetails details) =>
        new()
        {
            Id = CoverageId.New(),
            PracticeId = practiceId,
            PatientId = patientId,
            PayerId = details.PayerId,
            MemberId = details.MemberId,
            PlanType = details.PlanType,
            Order = details.Order,
            Start = details.Start,
            End = details.End,
        };

    internal bool Apply(CoverageDetails details)
    {
        var before = (PayerId, MemberId, PlanType, Order, Start, End);
        (PayerId, MemberId, PlanType, Order, Start, End) = (details.PayerId, details.MemberId, details.PlanType, details.Order, details.Start, details.End);
        return before != (PayerId, MemberId, PlanType, Order, Start, End);
    }
}

/// <summary>A coverage as entered; <see cref="MemberId"/> as typed (an MBI may carry its display dashes).</summary>
public sealed record CoverageDetails(PayerId PayerId, string MemberId, string? PlanType, CoverageOrder Order, DateOnly Start, DateOnly? End);
