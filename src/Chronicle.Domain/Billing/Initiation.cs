namespace Chronicle.Domain.Billing;

using System.Globalization;
using Chronicle.Domain.Enrollment;

/// <summary>
/// G0506, comprehensive assessment and care planning by the billing practitioner at the start of
/// CCM (docs/rules/ccm.md §1.1, §10 "G0506"): once per patient and practitioner, in the month care
/// management starts, when the practitioner personally logged care-planning time that month.
/// Where it is billed follows <see cref="RuleSet.InitiationBilling"/> (§9 item 1 is open).
/// </summary>
internal static class Initiation
{
    public static ClaimLine? Line(MonthFacts facts, RuleSet rules, TimeCount time, DecisionNotes notes)
    {
        if (facts.Program != CareProgram.Ccm || facts.Enrollment is not { } enrollment || !facts.Month.Contains(enrollment.Start))
        {
            return null;
        }

        var code = rules.InitiationAddOn;
        if (facts.G0506BilledBefore || facts.OtherServices.Any(s => string.Equals(s.Code.Trim(), code.Value, StringComparison.OrdinalIgnoreCase)))
        {
            notes.Explain($"No {code}: it was already billed for this care-management start; it is billed once");
            return null;
        }

        var planning = time.Entries
            .Where(e => e.CountedSeconds > 0 && e.Entry.Performer == Performer.BillingPractitioner
                && string.Equals(e.Entry.Activity?.Trim(), rules.CarePlanningActivity, StringComparison.OrdinalIgnoreCase))
            .Sum(e => e.CountedSeconds) / 60;
        if (planning == 0)
        {
            notes.Explain(string.Create(CultureInfo.InvariantCulture,
                $"No {code}: care management starts this month ({enrollment.Start:yyyy-MM-dd}), but the billing practitioner logged no '{rules.CarePlanningActivity}' time personally"));
            return null;
        }

        if (rules.InitiationBilling == InitiationBilling.WithInitiatingVisit)
        {
            notes.Explain($"{code} belongs on the initiating visit's claim under this year's rules, not on the monthly claim");
            return null;
        }

        notes.Explain(string.Create(CultureInfo.InvariantCulture,
            $"{code} × 1: care management starts this month ({enrollment.Start:yyyy-MM-dd}) and the billing practitioner personally logged {planning} minutes of care planning"));
        return new ClaimLine(code, 1);
    }
}
