namespace Chronicle.Domain.Billing;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Eligibility;

/// <summary>
/// The reference data a decision reads besides the month's facts: national amounts for the family
/// choice, the chronic classifier for conditions whose chronic flag is absent, and the ICD-10-CM
/// releases that validate diagnoses, each on the dates it is in force (shape only when none is loaded).
/// </summary>
public sealed record BillingReferences(FeeSchedule Fees, ChronicClassifier Classifier, Icd10Releases Icd10)
{
    public static BillingReferences BuiltIn { get; } = new(FeeSchedule.BuiltIn, ChronicClassifier.BuiltInOnly, Icd10Releases.None);
}

/// <summary>The reasons and explanation lines of a decision as the rules add them.</summary>
internal sealed class DecisionNotes
{
    private readonly List<BillingReason> _reasons = [];

    public List<string> Explanation { get; } = [];

    public void Add(string code, string message, string source, ReasonKind kind) =>
        _reasons.Add(new BillingReason(code, message, source, kind));

    public void Explain(string line) => Explanation.Add(line);

    public bool Any(ReasonKind kind) => _reasons.Exists(r => r.Kind == kind);

    /// <summary>Why nothing is billed first, then failed requirements, warnings and notes, each in the order found.</summary>
    public IReadOnlyList<BillingReason> Reasons => _reasons.OrderBy(r => r.Kind).ToList();
}
