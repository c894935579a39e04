namespace Chronicle.Domain.Enrollment;

using Chronicle.Domain.Common;

/// <summary>
/// Whether a patient's consents let a practitioner bill a program in a month, and if not, the
/// most useful reason: the practitioner's own latest consent (declined, incomplete, revoked) says
/// more than the absence of one, and a consent naming another practitioner explains a transfer.
/// </summary>
internal static class ConsentGate
{
    public static (ConsentRecord? Consent, IReadOnlyList<Finding> Missing) Check(
        PatientConsents consents, CareProgram program, BillingPractitioner practitioner, BillingMonth month)
    {
        var label = program.ToLabel();
        var ofProgram = consents.Current.Where(c => c.Program == program).ToList();
        var own = ofProgram.Where(c => c.Practitioner.IsSameAs(practitioner)).ToList();

        var covering = own.Where(c => c.Covers(month)).MaxBy(c => (c.Date, c.Sequence));
        if (covering is not null)
        {
            return (covering, covering.NoOtherCareManagement == false ? [CareElsewhere(covering, label)] : []);
        }

        var latest = own.Where(c => c.Date <= month.LastDay).MaxBy(c => (c.Date, c.Sequence));
        var other = ofProgram.Where(c => !c.Practitioner.IsSameAs(practitioner) && c.Decision == ConsentDecision.Accepted && c.Date <= month.LastDay)
            .MaxBy(c => (c.Date, c.Sequence));
        var finding = latest switch
        {
            { Decision: ConsentDecision.Declined } => new Finding(
                EnrollmentCodes.ConsentDeclined,
                FormattableString.Invariant($"The patient declined {label} with {practitioner} on {latest.Date:yyyy-MM-dd}."),
                EnrollmentSources.ConsentElements),
            { MissingDisclosures: not ConsentDisclosures.None } => new Finding(
                EnrollmentCodes.ConsentIncomplete,
                FormattableString.Invariant($"The {label} consent of {latest.Date:yyyy-MM-dd} for {practitioner} does not record these disclosures: {latest.MissingDisclosures.ToCodes().Replace(";", ", ", StringComparison.Ordinal)}. All four must be explained before care management is billed; record a new consent once they have been."),
                EnrollmentSources.ConsentElements),
            { RevokedOn: { } revoked } => new Finding(
                EnrollmentCodes.ConsentRevoked,
                FormattableString.Invariant($"The patient revoked {label} consent for {practitioner} on {revoked:yyyy-MM-dd}; it covered care management through the end of {BillingMonth.Of(revoked)}."),
                EnrollmentSources.Revocation),
            _ when other is not null => new Finding(
                EnrollmentCodes.ConsentOtherPractitioner,
                FormattableString.Invariant($"The {label} consent on file ({other.Date:yyyy-MM-dd}) names {other.Practitioner}. Consent belongs to the billing practitioner, so {practitioner} needs a new consent from the patient."),
                EnrollmentSources.ConsentPerPractitioner),
            _ => new Finding(EnrollmentCodes.ConsentMissing, MissingMessage(own, label, practitioner, month), EnrollmentSources.ConsentBeforeService),
        };
        return (null, [finding]);
    }

    private static Finding CareElsewhere(ConsentRecord consent, string label) =>
        new(
            EnrollmentCodes.ConsentCareElsewhere,
            FormattableString.Invariant($"When consenting on {consent.Date:yyyy-MM-dd} the patient said another practitioner provides their care management. Only one practitioner may bill {label} in a month: confirm that the other has stopped, then correct the consent."),
            EnrollmentSources.OneBillerPerMonth);

    private static string MissingMessage(List<ConsentRecord> own, string label, BillingPractitioner practitioner, BillingMonth month)
    {
        var later = own.Where(c => c.Date > month.LastDay).MinBy(c => c.Date);
        var prefix = $"No {label} consent for {practitioner} covers {month}.";
        return later is null
            ? $"{prefix} Consent must be documented before care management is billed."
            : FormattableString.Invariant($"{prefix} The first is dated {later.Date:yyyy-MM-dd}, after this month; care before consent is not billable.");
    }
}
