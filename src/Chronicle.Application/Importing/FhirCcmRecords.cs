namespace Chronicle.Application.Importing;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Fhir;

/// <summary>
/// One consent or enrollment from FHIR, through the aggregate's own commands. FHIR does not say
/// in which language the consent conversation was held (ADR 0131), so an imported consent records
/// English; an EpisodeOfCare does not name the billing practitioner, so it is the one of the
/// patient's consent to the same program (the latest given by the enrollment's start).
/// </summary>
internal static class FhirCcmRecords
{
    public const string ImportedLanguage = "en";
    private const string EndedReason = "Ended before it was imported from FHIR";
    private const string CancelledReason = "Imported from FHIR as cancelled";

    public static void WriteConsent(PatientConsents ledger, FhirConsentImport consent, FhirCcmWriter.Context context)
    {
        var source = consent.Source;
        if (context.Staff(consent.PractitionerKey, source, $"{source.Path}.provision.actor") is not { } member)
        {
            return;
        }

        if (member.Npi is not { } npi)
        {
            context.Issue(source, ".provision.actor", $"The consent's billing practitioner {member.ExternalId} has no NPI in the practice.");
            return;
        }

        StaffId? obtainedBy = null;
        if (consent.ObtainedByKey is { } key)
        {
            obtainedBy = context.Staff(key, source, $"{source.Path}.provision.actor")?.Id;
            if (obtainedBy is null)
            {
                return;
            }
        }

        var practitioner = new BillingPractitioner(member.Id, npi);
        var existing = ledger.Current.FirstOrDefault(r => r.Program == consent.Program && r.PractitionerId == member.Id && r.Date == consent.Date);
        if (existing is not null)
        {
            Count(existing.RevokedOn is null && consent.RevokedOn is { } later ? Revoke(ledger, consent, practitioner, later, context) : false, context);
            return;
        }

        var details = new ConsentDetails(consent.Program, practitioner, consent.Date, consent.Method, consent.Decision, consent.Disclosures,
            obtainedBy, NoOtherCareManagement: null, ImportedLanguage);
        var recorded = ledger.Record(details);
        if (recorded.Failure is { } refused)
        {
            context.Refuse(source, string.Empty, refused);
            return;
        }

        if (consent.RevokedOn is { } revokedOn)
        {
            Revoke(ledger, consent, practitioner, revokedOn, context);
        }

        context.Counts.Created++;
    }

    public static void WriteEnrollment(PatientEnrollments aggregate, PatientConsents ledger, FhirEnrollmentImport enrollment, DateOnly today, FhirCcmWriter.Context context)
    {
        var source = enrollment.Source;
        var start = enrollment.Start ?? today;
        var consent = ledger.Current
            .Where(r => r.Program == enrollment.Program && r.Date <= start)
            .OrderByDescending(r => r.Decision == ConsentDecision.Accepted)
            .ThenByDescending(r => r.Date)
            .FirstOrDefault();
        if (consent is null)
        {
            context.Issue(source, ".type", $"No {enrollment.Program.ToLabel()} consent of this patient given by {start:yyyy-MM-dd} names the billing practitioner; include the patient's Consent in the Bundle.");
            return;
        }

        StaffId? manager = null;
        if (enrollment.CareManagerKey is { } key)
        {
            var member = context.Staff(key, source, $"{source.Path}.careManager");
            if (member is null)
            {
                return;
            }

            if (member.Role == StaffRole.NonClinical)
            {
                context.Issue(source, ".careManager", $"{member.ExternalId} is non-clinical staff; the care manager must be clinical staff or a billing practitioner.");
                return;
            }

            manager = member.Id;
        }

        var practitioner = consent.Practitioner;
        if (aggregate.Enrollments.Any(e => e.Program == enrollment.Program && e.Practitioner.IsSameAs(practitioner) && e.Start == enrollment.Start))
        {
            context.Counts.Unchanged++;
            return;
        }

        var proposed = aggregate.Propose(enrollment.Program, practitioner, start);
        if (proposed.Failure is { } notProposed)
        {
            context.Refuse(source, ".status", notProposed);
            return;
        }

        var id = proposed.Value!.Id;
        var outcome = enrollment.State switch
        {
            FhirEpisodeState.Planned => Outcome.Ok,
            FhirEpisodeState.Cancelled => aggregate.Decline(id, start, CancelledReason),
            _ => aggregate.Enroll(id, start, manager),
        };
        if (outcome.Succeeded && enrollment.State == FhirEpisodeState.Finished)
        {
            outcome = aggregate.Unenroll(id, enrollment.End!.Value, EndedReason);
        }

        if (outcome.Failure is { } refused)
        {
            context.Refuse(source, enrollment.State == FhirEpisodeState.Finished ? ".period" : ".period.start", refused);
            return;
        }

        context.Counts.Created++;
    }

    private static bool Revoke(PatientConsents ledger, FhirConsentImport consent, BillingPractitioner practitioner, DateOnly revokedOn, FhirCcmWriter.Context context)
    {
        var revoked = ledger.Revoke(consent.Program, practitioner, revokedOn);
        if (revoked.Failure is { } refused)
        {
            context.Refuse(consent.Source, ".provision.period.end", refused);
            return false;
        }

        return true;
    }

    private static void Count(bool changed, FhirCcmWriter.Context context)
    {
        if (changed)
        {
            context.Counts.Updated++;
        }
        else
        {
            context.Counts.Unchanged++;
        }
    }
}
