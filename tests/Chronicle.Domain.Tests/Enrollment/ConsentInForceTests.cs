namespace Chronicle.Domain.Tests.Enrollment;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using static Chronicle.Domain.Tests.Enrollment.EnrollmentFixture;

/// <summary>
/// <see cref="PatientConsents.InForce"/>, the one choice of a month's consent (ADR 0195): the
/// earliest covering consent of the practitioner, else their latest, else anyone's latest.
/// </summary>
public sealed class ConsentInForceTests
{
    [Fact]
    public void A_later_incomplete_re_consent_does_not_undo_a_consent_once_given()
    {
        var consents = PatientConsents.Create(Practice, PatientId.New());
        var given = Consented(consents, DrAdams, "2026-01-10");
        consents.Record(Consent(DrAdams, "2026-03-05", disclosures: ConsentDisclosures.Availability)).GetValueOrThrow();
        consents.Record(Consent(DrAdams, "2026-03-05", decision: ConsentDecision.Declined)).GetValueOrThrow();

        Assert.Equal(given.Id, consents.InForce(CareProgram.Ccm, DrAdams.Npi, M("2026-03"))?.Id);
    }

    [Fact]
    public void A_consent_revoked_this_month_keeps_the_month_covered_from_its_start_though_the_patient_consented_again()
    {
        var consents = PatientConsents.Create(Practice, PatientId.New());
        var first = Consented(consents, DrAdams, "2026-01-10");
        consents.Revoke(CareProgram.Ccm, DrAdams, new DateOnly(2026, 3, 10)).GetValueOrThrow();
        var again = Consented(consents, DrAdams, "2026-03-25");

        var march = consents.InForce(CareProgram.Ccm, DrAdams.Npi, M("2026-03"))!;
        Assert.Equal((first.OriginalId, new DateOnly(2026, 1, 10)), (march.OriginalId, march.Date));
        Assert.Equal(again.Id, consents.InForce(CareProgram.Ccm, DrAdams.Npi, M("2026-04"))?.Id);
    }

    [Fact]
    public void Without_a_covering_consent_the_practitioners_latest_is_chosen_for_its_reason_before_anyone_elses()
    {
        var consents = PatientConsents.Create(Practice, PatientId.New());
        Consented(consents, DrBrown, "2026-03-02");
        consents.Record(Consent(DrAdams, "2026-02-01", disclosures: ConsentDisclosures.Availability)).GetValueOrThrow();
        var declined = consents.Record(Consent(DrAdams, "2026-02-01", decision: ConsentDecision.Declined)).GetValueOrThrow();

        Assert.Equal(declined.Id, consents.InForce(CareProgram.Ccm, DrAdams.Npi, M("2026-03"))?.Id);
        Assert.Equal(DrBrown.Npi, consents.InForce(CareProgram.Ccm, DrCruz.Npi, M("2026-03"))?.PractitionerNpi);
        Assert.Null(consents.InForce(CareProgram.Ccm, DrAdams.Npi, M("2026-01")));
    }
}
