namespace Chronicle.Domain.Billing;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>
/// A base code and its time add-on, billed together for one month: the base once the countable
/// minutes reach <see cref="BaseMinutes"/>, then one add-on unit per further full
/// <see cref="AddOnMinutes"/>, at most <see cref="MaxAddOnUnits"/>. Thresholds are hard minimums.
/// </summary>
public sealed record CodeFamily(
    CareProgram Program,
    HcpcsCode BaseCode,
    HcpcsCode AddOnCode,
    int BaseMinutes,
    int AddOnMinutes,
    int MaxAddOnUnits,
    TimeBasis Basis,
    bool NeedsModerateOrHighComplexity,
    string Source)
{
    /// <summary>"99490/99439", as people name a family.</summary>
    public string Name => $"{BaseCode}/{AddOnCode}";

    /// <summary>The lines these minutes earn, or null below the base threshold.</summary>
    public FamilyBilling? Bill(int minutes)
    {
        if (minutes < BaseMinutes)
        {
            return null;
        }

        var earned = (minutes - BaseMinutes) / AddOnMinutes;
        var units = Math.Min(MaxAddOnUnits, earned);
        return new FamilyBilling(this, minutes, units, earned - units, BaseMinutes + (units * AddOnMinutes));
    }
}

/// <summary>Whose minutes a family counts.</summary>
public enum TimeBasis
{
    /// <summary>Clinical staff and billing practitioner together (99490, 99487, 99426).</summary>
    AllCountable = 1,

    /// <summary>Only the billing practitioner's own minutes (99491, 99424).</summary>
    PractitionerOnly = 2,
}

/// <summary>What a family earns from the minutes: add-on units, units lost to the cap, and the last threshold billed.</summary>
public sealed record FamilyBilling(CodeFamily Family, int Minutes, int AddOnUnits, int UnitsOverCap, int LastThreshold)
{
    public IReadOnlyList<ClaimLine> Lines =>
        AddOnUnits > 0
            ? [new ClaimLine(Family.BaseCode, 1), new ClaimLine(Family.AddOnCode, AddOnUnits)]
            : [new ClaimLine(Family.BaseCode, 1)];
}
