namespace Chronicle.Interop.Fhir.Export;

using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;
using Hl7.Fhir.Model;

/// <summary>
/// A CCM (or PCM) consent as it now stands, in the shape of the interop brief §3.4: scope
/// <c>treatment</c>, category LOINC 59284-0 Patient Consent, the patient as performer, policy
/// rule OPTIN, a permit provision whose period starts on the consent date and, once revoked, ends
/// on the last day of the month of revocation. Declined is <c>rejected</c>, revoked
/// <c>inactive</c>. The program and method are further category codings, the disclosures made are
/// provision codes, the billing practitioner is the provision's primary performer and whoever
/// obtained the consent its verifier. The resource id is the consent's first record: corrections
/// and revocations are later records of the same consent.
/// </summary>
public static class ConsentExport
{
    public const string PrimaryPerformer = "PPRF";
    public const string Verifier = "VRF";

    private static readonly (ConsentDisclosures Flag, string Code, string Display)[] DisclosureCodes =
    [
        (ConsentDisclosures.Availability, "availability", "The service is available"),
        (ConsentDisclosures.CostSharing, "cost-sharing", "Cost sharing applies"),
        (ConsentDisclosures.OnePractitioner, "one-practitioner", "Only one practitioner bills it per month"),
        (ConsentDisclosures.RightToStop, "right-to-stop", "The patient may stop at any time"),
    ];

    public static Consent ToFhir(ConsentRecord record, Practice practice)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(practice);
        var patient = References.To("Patient", record.PatientId.Value);
        var resource = new Consent
        {
            Id = record.OriginalId.Value.ToString(),
            Status = StatusOf(record),
            Scope = new CodeableConcept(CcmSystems.ConsentScope, "treatment", "Treatment", null),
            Patient = patient,
            DateTime = Dates.Date(record.Date),
            PolicyRule = new CodeableConcept(ExportSystems.ActCode, "OPTIN", "opt-in", null),
        };
        resource.Category.Add(new CodeableConcept(CcmSystems.Loinc, CcmSystems.PatientConsent, "Patient Consent", null));
        resource.Category.Add(new CodeableConcept(CcmSystems.Program, record.Program.ToCode(), CcmSystems.ProgramDisplay(record.Program), null));
        resource.Category.Add(new CodeableConcept(CcmSystems.ConsentMethod, record.Method.ToCode(), record.Method.ToString(), null));
        resource.Performer.Add(References.To("Patient", record.PatientId.Value));
        resource.Organization.Add(References.Organization(practice));
        resource.Verification.Add(new Consent.VerificationComponent
        {
            Verified = record.Decision == ConsentDecision.Accepted,
            VerifiedWith = References.To("Patient", record.PatientId.Value),
            VerificationDateElement = new FhirDateTime(Dates.Date(record.Date)),
        });

        var provision = new Consent.provisionComponent
        {
            Type = record.Decision == ConsentDecision.Accepted ? Consent.ConsentProvisionType.Permit : Consent.ConsentProvisionType.Deny,
            Period = new Period { Start = Dates.Date(record.Date), End = record.LastMonth is { } last ? Dates.Date(last.LastDay) : null },
        };
        provision.Actor.Add(Actor(PrimaryPerformer, "primary performer", References.To("Practitioner", record.PractitionerId.Value)));
        if (record.ObtainedBy is { } obtainedBy)
        {
            provision.Actor.Add(Actor(Verifier, "verifier", References.To("Practitioner", obtainedBy.Value)));
        }

        provision.Action.Add(new CodeableConcept(CcmSystems.ConsentAction, "collect"));
        provision.Action.Add(new CodeableConcept(CcmSystems.ConsentAction, "disclose"));
        foreach (var (flag, code, display) in DisclosureCodes.Where(d => record.Disclosures.HasFlag(d.Flag)))
        {
            provision.Code.Add(new CodeableConcept(CcmSystems.Disclosure, code, display, null));
        }

        resource.Provision = provision;
        return resource;
    }

    public static Consent.ConsentState StatusOf(ConsentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Decision == ConsentDecision.Declined ? Consent.ConsentState.Rejected
            : record.RevokedOn is not null ? Consent.ConsentState.Inactive
            : Consent.ConsentState.Active;
    }

    private static Consent.provisionActorComponent Actor(string role, string display, ResourceReference reference) => new()
    {
        Role = new CodeableConcept(CcmSystems.ParticipationType, role, display, null),
        Reference = reference,
    };
}
