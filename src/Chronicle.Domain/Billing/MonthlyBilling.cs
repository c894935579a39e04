namespace Chronicle.Domain.Billing;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>
/// The rules engine (docs/design.md §4; docs/spec/billing-scenario.md): one patient-month of facts in,
/// one decision out, with the claim lines, the reasons (stable code, message, source) and an
/// explanation a biller can read. Pure: no clock, no I/O; month close and 'chronicle billing
/// evaluate' run the same function.
/// </summary>
public static class MonthlyBilling
{
    public static BillingDecision Evaluate(MonthFacts facts) => Evaluate(facts, BillingReferences.BuiltIn);

    public static BillingDecision Evaluate(MonthFacts facts, BillingReferences references)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var rules = RuleSets.For(facts.Month)
            ?? throw new ArgumentException($"Chronicle has no built-in billing rules for {facts.Month.Year} (it has them for {RuleSets.YearsCovered}); pass the year's rules, e.g. carried forward with 'chronicle rules carry-forward'.", nameof(facts));
        return Evaluate(facts, references, rules);
    }

    /// <summary>Decides the month under the given rules, e.g. a draft table for a year CMS has not finalised.</summary>
    public static BillingDecision Evaluate(MonthFacts facts, BillingReferences references, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(rules);
        var notes = new DecisionNotes();
        if (rules.Provisional)
        {
            notes.Add(
                BillingReasonCodes.ProvisionalRules,
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"Decided under provisional {rules.Year} rules, carried forward unchanged from {rules.CarriedFrom} and not yet confirmed against CMS's final rule for {rules.Year} (confirm with 'chronicle rules confirm --year {rules.Year}')."),
                BillingSources.RuleYears,
                ReasonKind.Note);
        }

        // Minutes before the consent are never counted, but a consent that fails for another reason
        // still shows what the month would bill (rule 6); one dated after the month cuts nothing.
        var consentDate = Time.CountableMinutes.CountFrom(facts.Consent?.Date, facts.Month);
        var time = CountableTime.Count(facts.TimeEntries, facts.Month, facts.TimeZone, consentDate, facts.OtherPatientsTime);
        var counted = new CountedMinutes(time.ClinicalStaff, time.BillingPractitioner);
        TimeNotes.Add(time, consentDate, notes);

        if (facts.Enrollment is null || !facts.Enrollment.Covers(facts.Month))
        {
            var label = facts.Program.ToLabel();
            notes.Add(
                BillingReasonCodes.NotEnrolled,
                facts.Enrollment is null
                    ? $"The patient has no {label} enrollment."
                    : FormattableString.Invariant($"The {label} enrollment ({facts.Enrollment.Start:yyyy-MM-dd} to {(facts.Enrollment.End is { } end ? end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "open")}) does not cover {facts.Month}."),
                BillingSources.Scenario + " rule 7",
                ReasonKind.NothingToBill);
            return Decide(BillingStatus.NotBillable, null, counted, notes, time, rules);
        }

        var selection = CodeSelection.Choose(facts, rules, references.Fees, time, notes);
        if (selection is null)
        {
            return Decide(BillingStatus.NotBillable, null, counted, notes, time, rules);
        }

        var diagnoses = BillingRequirements.Check(facts, rules, references, selection.DateOfService, notes);
        ConflictCheck.Apply(facts, rules, notes);
        SettingCheck(facts.Setting, rules, selection, notes);
        var claim = new ProposedClaim(
            facts.BillingPractitioner.Npi.Trim(), selection.DateOfService, facts.PlaceOfService, diagnoses, selection.Lines, facts.Setting)
        {
            Payer = PayerChoice.Choose(facts.Coverage, selection.DateOfService, notes),
        };
        var status = notes.Any(ReasonKind.Requirement) ? BillingStatus.Blocked
            : notes.Any(ReasonKind.Warning) ? BillingStatus.NeedsReview
            : BillingStatus.Billable;
        return Decide(status, claim, counted, notes, time, rules);
    }

    // The setting decides which codes may go on the claim and how it is paid (docs/rules/institutional.md §2–3).
    private static void SettingCheck(Practices.BillingSetting setting, RuleSet rules, Selection selection, DecisionNotes notes)
    {
        foreach (var line in selection.Lines)
        {
            if (rules.RefusalOf(setting, line.Code, selection.DateOfService) is { } refusal)
            {
                notes.Add(refusal.Code, refusal.Message, refusal.Source, refusal.Kind);
            }
        }

        if (setting != Practices.BillingSetting.ProfessionalOffice)
        {
            notes.Explain(SettingPayment.Explain(setting, rules.Year));
        }
    }

    private static BillingDecision Decide(
        BillingStatus status, ProposedClaim? claim, CountedMinutes counted, DecisionNotes notes, TimeCount time, RuleSet rules) =>
        new(status, claim, counted, notes.Reasons, notes.Explanation, time, rules.Year);
}
