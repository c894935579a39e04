namespace Chronicle.Domain.Billing;

using System.Globalization;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>
/// The requirements a month that would bill must meet (docs/spec/billing-scenario.md rule 7): chronic
/// conditions, consent, initiating visit, care plan and valid identifiers. Each failure is a
/// reason of kind <see cref="ReasonKind.Requirement"/>; the claim's diagnoses come out of the
/// condition check.
/// </summary>
internal static class BillingRequirements
{
    public static IReadOnlyList<string> Check(MonthFacts facts, RuleSet rules, BillingReferences references, DateOnly dateOfService, DecisionNotes notes)
    {
        var diagnoses = Diagnoses.Check(facts, rules, references, dateOfService, notes);
        ConsentRule.Check(facts, notes);
        CheckInitiatingVisit(facts, rules, dateOfService, notes);
        CheckCarePlan(facts.CarePlan, facts.Month, dateOfService, notes);
        CheckIdentifiers(facts, notes);
        return diagnoses;
    }

    private static void CheckInitiatingVisit(MonthFacts facts, RuleSet rules, DateOnly dateOfService, DecisionNotes notes)
    {
        var rule = rules.InitiatingVisit;
        var start = facts.Enrollment!.Start;
        var from = start.AddMonths(-rule.LookbackMonths);
        var npi = facts.BillingPractitioner.Npi.Trim();
        var visit = facts.Visits
            .Where(v => HcpcsCode.TryParse(v.Code) is { IsValid: true } code && rule.Qualifies(code.Value)
                && string.Equals(v.Npi.Trim(), npi, StringComparison.Ordinal)
                && v.Date >= from && v.Date <= dateOfService)
            .MaxBy(v => v.Date);
        if (visit is not null)
        {
            notes.Explain(string.Create(CultureInfo.InvariantCulture, $"Initiating visit {visit.Code.Trim().ToUpperInvariant()} on {visit.Date:yyyy-MM-dd} by {npi}"));
            return;
        }

        notes.Add(
            BillingReasonCodes.NoInitiatingVisit,
            string.Create(CultureInfo.InvariantCulture,
                $"No qualifying visit by the billing practitioner ({npi}) between {from:yyyy-MM-dd} ({rule.LookbackMonths} months before the enrollment start) and the date of service {dateOfService:yyyy-MM-dd}. Qualifying visits: {rule.CodeList}."),
            BillingSources.InitiatingVisit,
            ReasonKind.Requirement);
    }

    private static void CheckCarePlan(CarePlanFact? plan, BillingMonth month, DateOnly dateOfService, DecisionNotes notes)
    {
        if (plan is null)
        {
            notes.Add(BillingReasonCodes.NoCarePlan, "There is no care plan; a comprehensive care plan is required for every billed month.", BillingSources.CarePlan, ReasonKind.Requirement);
            return;
        }

        if (!plan.Complete)
        {
            notes.Add(BillingReasonCodes.CarePlanIncomplete,
                "The care plan lacks required elements (problem list, expected outcome and prognosis, measurable goals, symptom management, planned interventions and who is responsible, medication management, community services, outside coordination, review schedule).",
                BillingSources.CarePlan, ReasonKind.Requirement);
        }

        if (plan.LastActivity is not { } activity || !month.Contains(activity))
        {
            var last = plan.LastActivity is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "never";
            notes.Add(BillingReasonCodes.CarePlanNotMaintained,
                $"The care plan was not created, revised or reviewed in {month} (last activity: {last}); it must be established, implemented, revised or monitored in every billed month.",
                BillingSources.CarePlan, ReasonKind.Requirement);
        }

        if (plan.CopyProvidedOn is not { } copy || copy > dateOfService)
        {
            var when = plan.CopyProvidedOn is { } given
                ? string.Create(CultureInfo.InvariantCulture, $"the copy on record was provided on {given:yyyy-MM-dd}, after it")
                : "no copy is on record";
            notes.Add(BillingReasonCodes.CarePlanNotShared,
                string.Create(CultureInfo.InvariantCulture, $"No copy of the care plan was provided to the patient or caregiver by the date of service {dateOfService:yyyy-MM-dd}: {when}."),
                BillingSources.CarePlan, ReasonKind.Requirement);
        }
        else if (plan.Complete && month.Contains(plan.LastActivity!.Value))
        {
            notes.Explain(string.Create(CultureInfo.InvariantCulture,
                $"Care plan complete, last activity {plan.LastActivity:yyyy-MM-dd}, copy provided {copy:yyyy-MM-dd}"));
        }
    }

    private static void CheckIdentifiers(MonthFacts facts, DecisionNotes notes)
    {
        if (Npi.TryParse(facts.BillingPractitioner.Npi) is { IsValid: false } npi)
        {
            notes.Add(BillingReasonCodes.InvalidNpi, $"The billing practitioner's NPI is not valid: {npi.Error}", BillingSources.Claim, ReasonKind.Requirement);
        }

        var mbi = Mbi.TryParse(facts.Patient.Mbi);
        if (!mbi.IsValid)
        {
            var message = string.IsNullOrWhiteSpace(facts.Patient.Mbi)
                ? "The patient has no Medicare Beneficiary Identifier on record; the claim's subscriber needs one."
                : $"The patient's MBI is not valid: {mbi.Error}";
            notes.Add(BillingReasonCodes.InvalidMbi, message, BillingSources.Claim, ReasonKind.Requirement);
        }
    }
}
