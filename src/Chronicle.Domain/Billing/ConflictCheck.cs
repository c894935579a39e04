namespace Chronicle.Domain.Billing;

using System.Globalization;
using Chronicle.Domain.Enrollment;

/// <summary>
/// Same-month conflicts with other billed services (docs/spec/billing-scenario.md rule 8; docs/rules/ccm.md §2,
/// §10): each <see cref="ConflictRule"/> of the program says what a code of its group does when the
/// same NPI bills it and when another NPI does. Codes not in any rule (TCM, RPM, BHI, E/M) never conflict.
/// </summary>
internal static class ConflictCheck
{
    public static void Apply(MonthFacts facts, RuleSet rules, DecisionNotes notes)
    {
        var npi = facts.BillingPractitioner.Npi.Trim();
        var services = facts.OtherServices.Where(s => facts.Month.Contains(s.Date)).ToList();
        foreach (var rule in rules.Conflicts.Where(r => r.Program == facts.Program))
        {
            foreach (var service in services.Where(s => rule.Codes.Contains(s.Code)))
            {
                var same = string.Equals(service.Npi.Trim(), npi, StringComparison.Ordinal);
                var effect = same ? rule.SameNpi : rule.OtherNpi;
                if (effect == ConflictEffect.None)
                {
                    continue;
                }

                var code = service.Code.Trim().ToUpperInvariant();
                var what = string.Create(CultureInfo.InvariantCulture, $"{code} ({rule.Label}) billed on {service.Date:yyyy-MM-dd} by {(same ? "the same NPI" : "NPI " + service.Npi.Trim())}");
                if (same)
                {
                    notes.Add(BillingReasonCodes.ConflictSamePractitioner,
                        $"{what}: it may not be billed with {facts.Program.ToLabel()} by one practitioner in the same month.",
                        rule.Source, ReasonKind.Requirement);
                }
                else if (effect == ConflictEffect.Block)
                {
                    notes.Add(BillingReasonCodes.OtherPractitionerBilled,
                        $"{what}: only one practitioner may be paid for care management of a patient in a calendar month.",
                        rule.Source, ReasonKind.Requirement);
                }
                else
                {
                    notes.Add(BillingReasonCodes.ConflictOtherPractitioner,
                        $"{what}: billing both in one month by different practitioners is not clearly allowed; check with the other practitioner that services and minutes do not overlap.",
                        rule.Source, ReasonKind.Warning);
                }
            }
        }
    }
}
