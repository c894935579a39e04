namespace Chronicle.Domain.Billing;

using System.Globalization;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>
/// Which code family the month's minutes earn (docs/spec/billing-scenario.md rules 2–5): every family whose
/// hard base threshold is met qualifies; when several do, the one whose lines have the higher
/// national non-facility amount for the year wins (the first listed on a tie). The date of service
/// is the local date of the entry that brought the count to the last billed threshold.
/// </summary>
internal static class CodeSelection
{
    public static Selection? Choose(MonthFacts facts, RuleSet rules, FeeSchedule fees, TimeCount time, DecisionNotes notes)
    {
        var families = rules.FamiliesOf(facts.Program).ToList();
        var attested = facts.Complexity is Complexity.Moderate or Complexity.High;
        var candidates = new List<(FamilyBilling Billing, Money? Amount)>();
        foreach (var family in families)
        {
            var billing = family.Bill(MinutesFor(family, time));
            if (billing is null)
            {
                continue;
            }

            if (family.NeedsModerateOrHighComplexity && !attested)
            {
                notes.Add(
                    BillingReasonCodes.ComplexityNotAttested,
                    string.Create(CultureInfo.InvariantCulture, $"{billing.Minutes} countable minutes would support complex CCM ({family.BaseCode}, {family.BaseMinutes} min), but the month's medical decision making is attested as '{facts.Complexity.ToString().ToLowerInvariant()}', not moderate or high; the non-complex codes apply."),
                    BillingSources.Complexity,
                    ReasonKind.Note);
                continue;
            }

            candidates.Add((billing, fees.NonFacilityTotal(rules.Year, billing.Lines)));
        }

        if (candidates.Count == 0)
        {
            notes.Add(BillingReasonCodes.BelowThreshold, BelowThreshold(facts.Program, families, time), BillingSources.HardThresholds, ReasonKind.NothingToBill);
            return null;
        }

        // Families without an amount for the year lose to any that has one; ties keep the rule order.
        var chosen = candidates.OrderByDescending(c => c.Amount?.Cents ?? -1).First();
        var dateOfService = time.DateReaching(chosen.Billing.LastThreshold, chosen.Billing.Family.Basis == TimeBasis.PractitionerOnly)
            ?? throw new InvalidOperationException("A family qualified without entries reaching its threshold.");
        Explain(chosen.Billing, time, dateOfService, notes);
        foreach (var other in candidates.Where(c => c.Billing != chosen.Billing))
        {
            notes.Explain(string.Create(CultureInfo.InvariantCulture,
                $"{Describe(chosen.Billing)} ({Amount(chosen.Amount)}) chosen over {Describe(other.Billing)} ({Amount(other.Amount)}): the higher national non-facility amount for {rules.Year}; one family per month"));
        }

        var lines = chosen.Billing.Lines.ToList();
        var g0506 = Initiation.Line(facts, rules, time, notes);
        if (g0506 is not null)
        {
            lines.Add(g0506);
        }

        return new Selection(chosen.Billing, dateOfService, lines);
    }

    private static int MinutesFor(CodeFamily family, TimeCount time) =>
        family.Basis == TimeBasis.PractitionerOnly ? time.BillingPractitioner : time.Total;

    private static void Explain(FamilyBilling billing, TimeCount time, DateOnly dateOfService, DecisionNotes notes)
    {
        var family = billing.Family;
        var practitionerOnly = family.Basis == TimeBasis.PractitionerOnly;
        var baseDate = time.DateReaching(family.BaseMinutes, practitionerOnly);
        notes.Explain(string.Create(CultureInfo.InvariantCulture,
            $"{billing.Minutes} countable minutes of {Whose(family, time)} time reached {family.BaseCode} ({family.BaseMinutes} min) on {baseDate:yyyy-MM-dd}"));
        if (billing.AddOnUnits > 0)
        {
            notes.Explain(string.Create(CultureInfo.InvariantCulture,
                $"{family.AddOnCode} × {billing.AddOnUnits}, one per further full {family.AddOnMinutes} minutes: {billing.LastThreshold} minutes reached on {dateOfService:yyyy-MM-dd}"));
        }
        else if (billing.Minutes > family.BaseMinutes)
        {
            notes.Explain(string.Create(CultureInfo.InvariantCulture,
                $"No {family.AddOnCode}: the {billing.Minutes - family.BaseMinutes} minutes past {family.BaseMinutes} are short of a full {family.AddOnMinutes}; thresholds are not rounded up"));
        }

        if (billing.UnitsOverCap > 0)
        {
            notes.Explain(string.Create(CultureInfo.InvariantCulture,
                $"{family.AddOnCode} is capped at {family.MaxAddOnUnits} units a month; {billing.UnitsOverCap} further {(billing.UnitsOverCap == 1 ? "unit" : "units")} of time not billed"));
        }

        notes.Explain(string.Create(CultureInfo.InvariantCulture,
            $"Date of service {dateOfService:yyyy-MM-dd}: the local date the count reached {billing.LastThreshold} minutes, the last threshold billed"));
    }

    private static string Whose(CodeFamily family, TimeCount time) =>
        family.Basis == TimeBasis.PractitionerOnly ? "the billing practitioner's own"
        : time.BillingPractitioner == 0 ? "clinical staff"
        : time.ClinicalStaff == 0 ? "billing practitioner"
        : "clinical staff and billing practitioner";

    private static string Describe(FamilyBilling billing) =>
        billing.AddOnUnits > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{billing.Family.BaseCode} + {billing.Family.AddOnCode} × {billing.AddOnUnits}")
            : billing.Family.BaseCode.Value;

    private static string Amount(Money? amount) => amount?.ToString() ?? "no amount on file";

    private static string BelowThreshold(CareProgram program, List<CodeFamily> families, TimeCount time)
    {
        var needs = families.Select(f => f.Basis == TimeBasis.PractitionerOnly
            ? string.Create(CultureInfo.InvariantCulture, $"{f.BaseCode} needs {f.BaseMinutes} of the billing practitioner's own")
            : string.Create(CultureInfo.InvariantCulture, $"{f.BaseCode} needs {f.BaseMinutes}{(f.NeedsModerateOrHighComplexity ? " with moderate or high complexity" : string.Empty)}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"{time.Total} countable minutes ({time.ClinicalStaff} clinical staff, {time.BillingPractitioner} billing practitioner) reach no {program.ToLabel()} code: {string.Join("; ", needs)}. Thresholds are hard minimums.");
    }
}

internal sealed record Selection(FamilyBilling Billing, DateOnly DateOfService, IReadOnlyList<ClaimLine> Lines);
