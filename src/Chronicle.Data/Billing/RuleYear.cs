namespace Chronicle.Data.Billing;

/// <summary>
/// A calendar year whose billing rules are another year's carried forward ('chronicle rules
/// carry-forward', docs/adr/0181-rule-years-carried-forward.md): provisional until someone confirms
/// them against CMS's final rule. National, like the fee schedule, so it carries no practice key.
/// The years written in code (RuleSets) have no row.
/// </summary>
public sealed class RuleYear
{
    public required int Year { get; init; }

    /// <summary>The year whose rules these are, unchanged but for the dates.</summary>
    public required int CarriedFrom { get; init; }

    public required DateTimeOffset CarriedAt { get; init; }

    public required string CarriedBy { get; init; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public string? ConfirmedBy { get; private set; }

    public bool Provisional => ConfirmedAt is null;

    public void Confirm(DateTimeOffset at, string by)
    {
        ConfirmedAt = at;
        ConfirmedBy = by;
    }
}
