namespace Chronicle.Domain.Patients;

/// <summary>
/// Whether a code names a chronic condition, the disease category it belongs to (two codes of one
/// category count once for eligibility) and where that judgement came from: the built-in table,
/// an imported classification file, or a person.
/// </summary>
public sealed record ChronicClassification(bool IsChronic, string? Category, string Source)
{
    public const string BuiltInSource = "built-in";

    /// <summary>The source shown when a person or a CSV chronic column overrode the classification.</summary>
    public const string PracticeSource = "practice";

    public static ChronicClassification Unclassified { get; } = new(false, null, "unclassified");

    public static ChronicClassification Chronic(string category, string source) => new(true, category, source);
}
