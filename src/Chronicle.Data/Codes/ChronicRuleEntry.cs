namespace Chronicle.Data.Codes;

using Chronicle.Domain.Patients;

/// <summary>An imported chronic-condition classification line (the built-in table lives in the domain).</summary>
public sealed class ChronicRuleEntry
{
    public long Id { get; init; }

    public required CodeSystem System { get; init; }

    public required string Code { get; init; }

    public required bool IsPrefix { get; init; }

    public required string Category { get; init; }

    /// <summary>Where the line came from, e.g. "cms-ccw:cms_ccw_chronic_conditions_hierarchy.csv".</summary>
    public required string Source { get; init; }

    public string? MapsToIcd10 { get; init; }
}
