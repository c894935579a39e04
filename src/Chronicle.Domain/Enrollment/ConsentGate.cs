namespace Chronicle.Domain.Enrollment;

using Chronicle.Domain.Common;

/// <summary>
/// Whether a patient's consents let a practitioner bill a program in a month, and if not, why. The
/// consent is the one <see cref="PatientConsents.InForce"/> chooses (the same choice month close
/// hands the billing engine, ADR 0195); its state gives the reason, checked in the engine's order:
/// declined, naming another practitioner, revoked before the month, disclosures missing.
/// </summary>
internal static class ConsentGate
{
    public static (ConsentRecord? Consent, IReadOnlyList<Finding> Missing) Check(
        PatientConsents consents, CareProgram program, BillingPractitioner practitioner, BillingMonth month)
    {
        var label = program.ToLabel();
        var chosen = consents.InForce(program, practitioner.Npi, month);
        if (chosen is not null && chosen.PractitionerNpi == practitioner.Npi && chosen.Covers(month))
        {
            return (chosen, chosen.NoOtherCareManagement == false ? [CareElsewhere(chosen, label)] : []);
        }

        var finding = chosen switch
        {
            null => new Finding(EnrollmentCodes.ConsentMissing, MissingMessage(consents, program, label, practitioner, month), EnrollmentSources.ConsentBeforeService),
            { Decision: ConsentDecision.Declined } => new Finding(
                EnrollmentCodes.ConsentDeclined,
                FormattableString.Invariant($"The patient declined {label} with {chosen.Practitioner} on {chosen.Date:yyyy-MM-dd}."),
                EnrollmentSources.ConsentElements),
            _ when chosen.PractitionerNpi != practitioner.Npi => new Finding(
                EnrollmentCodes.ConsentOtherPractitioner,
                FormattableString.Invariant($"The {label} consent on file ({chosen.Date:yyyy-MM-dd}) names {chosen.Practitioner}. Consent belongs to the billing practitioner, so {practitioner} needs a new consent from the patient."),
                EnrollmentSources.ConsentPerPractitioner),
            { LastMonth: { } last } when last < month => new Finding(
                EnrollmentCodes.ConsentRevoked,
                FormattableString.Invariant($"The patient revoked {label} consent for {practitioner} on {chosen.RevokedOn:yyyy-MM-dd}; it covered care management through the end of {last}."),
                EnrollmentSources.Revocation),
            _ => new Finding(
                EnrollmentCodes.ConsentIncomplete,
                FormattableString.Invariant($"The {label} consent of {chosen.Date:yyyy-MM-dd} for {practitioner} does not record these disclosures: {chosen.MissingDisclosures.ToCodes().Replace(";", ", ", StringComparison.Ordinal)}. All four must be explained before care management is billed; record a new consent once they have been."),
                EnrollmentSources.ConsentElements),
        };
        return (null, [finding]);
    }

    private static Finding CareElsewhere(ConsentRecord consent, string label) =>
        new(
            EnrollmentCodes.ConsentCareElsewhere,
            FormattableString.Invariant($"When consenting on {consent.Date:yyyy-MM-dd} the patient said another practitioner provides their care management. Only one practitioner may bill {label} in a month: confirm that the other has stopped, then correct the consent."),
            EnrollmentSources.OneBillerPerMonth);

    private static string MissingMessage(PatientConsents consents, CareProgram program, string label, BillingPractitioner practitioner, BillingMonth month)
    {
        var later = consents.Current.Where(c => c.Program == program && c.PractitionerNpi == practitioner.Npi && c.Date > month.LastDay).MinBy(c => c.Date);
        var prefix = $"No {label} consent for {practitioner} covers {month}.";
        return later is null
            ? $"{prefix} Consent must be documented before care management is billed."
            : FormattableString.Invariant($"{prefix} The first is dated {later.Date:yyyy-MM-dd}, after this month; care before consent is not billable.");
    }
}
