namespace Chronicle.Application.Time;

using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;

/// <summary>
/// The year's rule set for the time views (worklist, patient time panel, dashboard). A month no
/// rule set covers yet (early in a new year, before its table is added) is shown against the latest
/// rule set that started before it, so the care manager's list keeps working; month close never
/// guesses and refuses such a month.
/// </summary>
internal static class YearRules
{
    public static RuleSet For(BillingMonth month) =>
        RuleSets.For(month)
        ?? RuleSets.All.Where(r => r.EffectiveFrom <= month.FirstDay).MaxBy(r => r.EffectiveFrom)
        ?? RuleSets.All.MinBy(r => r.EffectiveFrom)!;
}
