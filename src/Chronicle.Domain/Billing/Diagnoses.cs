namespace Chronicle.Domain.Billing;

using System.Globalization;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Patients;

/// <summary>
/// The chronic conditions of the month and the claim's diagnoses (docs/spec/billing-scenario.md, "Input" and
/// rule 7; docs/rules/ccm.md §3, §6.1). A condition counts when it began by the month's last day and did
/// not abate before its first. Two codes of one disease category count as one condition, as on the
/// eligibility worklist; every code still goes on the claim, without its dot, at most 12. Each code
/// is checked against the ICD-10-CM release in force on the date of service, so I42.0 bills in
/// September 2026 (FY2026) and is refused in October (FY2027, where it became a header).
/// </summary>
internal static class Diagnoses
{
    public static IReadOnlyList<string> Check(MonthFacts facts, RuleSet rules, BillingReferences references, DateOnly dateOfService, DecisionNotes notes)
    {
        var month = facts.Month;
        var codes = new List<string>();
        var categories = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var invalidChronic = 0;
        foreach (var condition in facts.Patient.Conditions.Where(c => (c.Onset is null || c.Onset <= month.LastDay) && (c.Abatement is null || c.Abatement >= month.FirstDay)))
        {
            var parsed = Icd10Code.TryParse(condition.Code);
            var problem = parsed.IsValid ? references.Icd10.Check(parsed.Value, dateOfService)?.Message : parsed.Error;
            if (problem is not null)
            {
                notes.Add(BillingReasonCodes.InvalidDiagnosis, $"Diagnosis '{condition.Code}' cannot go on a claim: {problem}", BillingSources.Claim, ReasonKind.Requirement);
            }

            var classification = parsed.IsValid
                ? references.Classifier.Classify(CodeSystem.Icd10Cm, parsed.Value.Value, parsed.Value)
                : ChronicClassification.Unclassified;
            if (!(condition.Chronic ?? classification.IsChronic))
            {
                continue;
            }

            categories.Add(classification.Category ?? (parsed.IsValid ? parsed.Value.Value : condition.Code.Trim()));
            invalidChronic += problem is null ? 0 : 1;
            if (problem is null && !codes.Contains(parsed.Value.Value, StringComparer.Ordinal))
            {
                codes.Add(parsed.Value.Value);
            }
        }

        if (references.Icd10.MissingRelease(dateOfService) is { } missing)
        {
            notes.Explain(missing);
        }

        var needed = rules.MinimumConditions(facts.Program);
        if (categories.Count < needed)
        {
            notes.Add(
                BillingReasonCodes.InsufficientConditions,
                string.Create(CultureInfo.InvariantCulture,
                    $"{facts.Program.ToLabel()} needs at least {needed} chronic {(needed == 1 ? "condition" : "conditions")} active in the month; the patient has {categories.Count}{(codes.Count > categories.Count ? " (codes of one disease count once)" : string.Empty)}."),
                BillingSources.Eligibility,
                ReasonKind.Requirement);
        }

        var listed = codes.Take(rules.MaxDiagnoses).ToList();
        var more = (codes.Count > listed.Count
            ? string.Create(CultureInfo.InvariantCulture, $"; {codes.Count - listed.Count} more not listed (a claim carries {rules.MaxDiagnoses})")
            : string.Empty)
            + (invalidChronic > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {invalidChronic} with an invalid code left off") : string.Empty);
        var shown = listed.Count == 0 ? "none" : string.Join(", ", listed);
        notes.Explain(string.Create(CultureInfo.InvariantCulture,
            $"Diagnoses {shown}: {categories.Count} chronic {(categories.Count == 1 ? "condition" : "conditions")} active in {month}{more}"));
        return listed;
    }
}
