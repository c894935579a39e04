namespace Chronicle.Domain.Billing;

using System.Globalization;
using Chronicle.Domain.Enrollment;

/// <summary>
/// The consent requirement (docs/spec/billing-scenario.md rule 7; docs/rules/ccm.md §4, §10 "Consent gate",
/// "Consent scope", "Consent revocation"): accepted, naming this billing practitioner, dated by
/// the month's last day, not revoked before the month (an opt-out takes effect at the end of its
/// month), and recording the four required disclosures. One reason, the most specific.
/// </summary>
internal static class ConsentRule
{
    public static void Check(MonthFacts facts, DecisionNotes notes)
    {
        var consent = facts.Consent;
        var npi = facts.BillingPractitioner.Npi.Trim();
        var label = facts.Program.ToLabel();
        var month = facts.Month;
        var (code, message, source) = consent switch
        {
            null => (BillingReasonCodes.NoConsent,
                $"No {label} consent is on record; it must be documented before care management is billed.",
                BillingSources.ConsentBeforeService),
            { Decision: ConsentDecision.Declined } => (BillingReasonCodes.ConsentDeclined,
                Invariant($"The patient declined {label} on {consent.Date:yyyy-MM-dd}."),
                BillingSources.ConsentElements),
            _ when !string.Equals(consent.BillingNpi.Trim(), npi, StringComparison.Ordinal) => (BillingReasonCodes.ConsentOtherPractitioner,
                Invariant($"The {label} consent of {consent.Date:yyyy-MM-dd} names billing practitioner {consent.BillingNpi.Trim()}, not {npi}; a new billing practitioner needs the patient's own consent."),
                BillingSources.ConsentScope),
            _ when consent.Date > month.LastDay => (BillingReasonCodes.NoConsent,
                Invariant($"The {label} consent on record is dated {consent.Date:yyyy-MM-dd}, after {month}; care before consent is not billable."),
                BillingSources.ConsentBeforeService),
            { RevokedOn: { } revoked } when revoked < month.FirstDay => (BillingReasonCodes.ConsentRevoked,
                Invariant($"The patient opted out of {label} on {revoked:yyyy-MM-dd}, effective at the end of {Chronicle.Domain.Common.BillingMonth.Of(revoked)}, before {month}."),
                BillingSources.ConsentRevocation),
            { Disclosures: var told } when told != ConsentDisclosures.All => (BillingReasonCodes.ConsentIncomplete,
                Invariant($"The {label} consent of {consent.Date:yyyy-MM-dd} does not record these required disclosures: {Missing(told)}."),
                BillingSources.ConsentElements),
            _ => (string.Empty, string.Empty, string.Empty),
        };

        if (code.Length > 0)
        {
            notes.Add(code, message, source, ReasonKind.Requirement);
            return;
        }

        var revokedNote = consent!.RevokedOn is { } optOut && month.Contains(optOut) ? Invariant($"; opt-out of {optOut:yyyy-MM-dd} takes effect at the end of {month}") : string.Empty;
        notes.Explain(Invariant($"Consent accepted on {consent.Date:yyyy-MM-dd} ({consent.Method.ToCode()}) naming {npi}{revokedNote}"));
    }

    private static string Missing(ConsentDisclosures told)
    {
        var missing = ConsentDisclosures.All & ~told;
        return ConsentCodes.ToCodes(missing).Replace(";", ", ", StringComparison.Ordinal);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
