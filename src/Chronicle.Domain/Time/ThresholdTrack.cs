namespace Chronicle.Domain.Time;

using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>A minute threshold and the code it reaches, e.g. 40 min → 99439.</summary>
public sealed record ThresholdStep(int Minutes, string Code);

/// <summary>
/// One code family's ladder of thresholds as the time views show it, read from the year's
/// <see cref="RuleSet"/> (the one place thresholds and unit caps live): the base code at its
/// threshold, then each add-on unit up to the cap. CCM 99490/99439 is 20/40/60.
/// </summary>
public sealed record ThresholdTrack(CodeFamily Family)
{
    /// <summary>"CCM 99490/99439".</summary>
    public string Name => $"{Family.Program.ToLabel()} {Family.Name}";

    public bool NeedsComplexity => Family.NeedsModerateOrHighComplexity;

    public IReadOnlyList<ThresholdStep> Steps { get; } =
        [new(Family.BaseMinutes, Family.BaseCode.Value), .. Enumerable.Range(1, Family.MaxAddOnUnits).Select(unit => new ThresholdStep(Family.BaseMinutes + (unit * Family.AddOnMinutes), Family.AddOnCode.Value))];

    /// <summary>
    /// The tracks of a program under the year's rules: the one a care manager works toward first
    /// (all countable minutes, no complexity attestation: 99490, 99426), then the others in the rule set's order.
    /// </summary>
    public static IReadOnlyList<ThresholdTrack> For(RuleSet rules, CareProgram program)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var families = rules.FamiliesOf(program).ToList();
        var primary = families.FirstOrDefault(f => f.Basis == TimeBasis.AllCountable && !f.NeedsModerateOrHighComplexity) ?? families[0];
        return [new ThresholdTrack(primary), .. families.Where(f => f != primary).Select(f => new ThresholdTrack(f))];
    }

    /// <summary>The track a care manager works toward: the program's all-countable-minutes ladder.</summary>
    public static ThresholdTrack Primary(RuleSet rules, CareProgram program) => For(rules, program)[0];

    public static IReadOnlyList<ThresholdProgress> Progress(RuleSet rules, CareProgram program, MonthMinutes minutes) =>
        For(rules, program).Select(t => t.Progress(minutes)).ToList();

    public Minutes MinutesOf(MonthMinutes minutes)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        return Family.Basis == TimeBasis.PractitionerOnly ? minutes.BillingPractitioner : minutes.TowardClinicalStaffCodes;
    }

    public ThresholdProgress Progress(MonthMinutes minutes)
    {
        var value = MinutesOf(minutes);
        var reached = Steps.Where(s => value.Value >= s.Minutes).ToList();
        var next = Steps.FirstOrDefault(s => value.Value < s.Minutes);
        return new ThresholdProgress(this, value, reached, next, next is null ? Minutes.Zero : value.Until(new Minutes(next.Minutes)));
    }
}

/// <summary>Where a month stands on one track: thresholds reached, the next one and how far it is.</summary>
public sealed record ThresholdProgress(ThresholdTrack Track, Minutes Minutes, IReadOnlyList<ThresholdStep> Reached, ThresholdStep? Next, Minutes ToNext)
{
    public bool AnyReached => Reached.Count > 0;
}
