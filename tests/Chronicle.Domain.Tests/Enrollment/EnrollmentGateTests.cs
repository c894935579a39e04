namespace Chronicle.Domain.Tests.Enrollment;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using static Chronicle.Domain.Tests.Enrollment.EnrollmentFixture;

/// <summary>What the gate finds missing for a billable patient-month, and where months begin and end.</summary>
public sealed class EnrollmentGateTests
{
    private readonly PatientEnrollments _patient = NewPatient();
    private readonly PatientConsents _consents;
    private readonly List<VisitFact> _visits = [Visit("2025-12-01", "99214", DrAdams)];

    public EnrollmentGateTests() => _consents = ConsentsOf(_patient);

    [Fact]
    public void An_enrolled_patient_with_consent_visit_and_care_manager_is_billable_for_the_whole_month()
    {
        var enrollment = Enroll(_patient, DrAdams, "2026-01-10");
        var consent = Consented(_consents, DrAdams, "2026-01-08");

        var result = Gate("2026-02");

        Assert.True(result.IsBillable, string.Join("; ", result.Missing));
        Assert.Same(enrollment, result.Enrollment);
        Assert.Same(consent, result.Consent);
        Assert.Equal(_visits[0], result.InitiatingVisit);
        Assert.Equal(D("2026-02-01"), result.BillableFrom);
        Assert.Equal(D("2026-02-28"), result.BillableThrough);
    }

    [Fact]
    public void Care_before_the_enrollment_or_the_consent_is_not_billable_in_the_first_month()
    {
        Enroll(_patient, DrAdams, "2026-01-10");
        Consented(_consents, DrAdams, "2026-01-20");

        var result = Gate("2026-01");

        Assert.True(result.IsBillable);
        Assert.Equal(D("2026-01-20"), result.BillableFrom);
    }

    [Fact]
    public void Everything_missing_is_reported_at_once()
    {
        var enrollment = Propose(_patient, DrBrown, "2026-01-05");
        Succeeds(_patient.Enroll(enrollment.Id, D("2026-01-10"), careManager: null));

        var result = Gate("2026-02");

        Assert.False(result.IsBillable);
        Assert.Equal(
            [EnrollmentCodes.VisitNeeded, EnrollmentCodes.ConsentMissing, EnrollmentCodes.CareManagerMissing],
            result.Missing.Select(f => f.Code));
        Assert.Null(result.BillableFrom);
        Assert.All(result.Missing, f => Assert.False(string.IsNullOrWhiteSpace(f.Source)));
    }

    [Fact]
    public void A_patient_never_enrolled_is_not_enrolled()
    {
        var result = Gate("2026-02");

        var finding = Assert.Single(result.Missing);
        Assert.Equal(EnrollmentCodes.NotEnrolled, finding.Code);
        Assert.Equal("The patient is not enrolled in CCM.", finding.Message);
        Assert.Null(result.Enrollment);
    }

    [Theory]
    [InlineData("candidate", "2026-03", "The patient is a candidate for the CCM enrollment with NPI 1234567893, not enrolled.")]
    [InlineData("declined", "2026-03", "The patient's CCM enrollment with NPI 1234567893 is declined; they were never enrolled.")]
    [InlineData("starts-later", "2026-03", "The CCM enrollment with NPI 1234567893 starts on 2026-04-01, after 2026-03.")]
    [InlineData("opted-out", "2026-05", "The CCM enrollment with NPI 1234567893 ended on 2026-04-30 (unenrolled), before 2026-05.")]
    [InlineData("deceased", "2026-05", "The CCM enrollment with NPI 1234567893 ended on 2026-04-18 (deceased), before 2026-05.")]
    public void Not_enrolled_says_where_the_enrollment_stands(string situation, string month, string message)
    {
        var enrollment = Propose(_patient, DrAdams, "2026-03-02");
        Consented(_consents, DrAdams, "2026-03-02");
        _ = situation switch
        {
            "candidate" => Outcome.Ok,
            "declined" => _patient.Decline(enrollment.Id, D("2026-03-05"), "Not now"),
            "starts-later" => _patient.Enroll(enrollment.Id, D("2026-04-01"), NurseKim),
            "opted-out" => Then(_patient.Enroll(enrollment.Id, D("2026-03-05"), NurseKim), () => _patient.Unenroll(enrollment.Id, D("2026-04-02"), null)),
            _ => Then(_patient.Enroll(enrollment.Id, D("2026-03-05"), NurseKim), () => _patient.RecordDeath(D("2026-04-18"))),
        };

        var finding = Assert.Single(Gate(month).Missing);

        Assert.Equal(EnrollmentCodes.NotEnrolled, finding.Code);
        Assert.Equal(message, finding.Message);
    }

    [Fact]
    public void A_consent_revoked_mid_month_leaves_that_month_billable_and_not_the_next()
    {
        Enroll(_patient, DrAdams, "2026-01-10");
        Consented(_consents, DrAdams, "2026-01-08");
        _consents.Revoke(CareProgram.Ccm, DrAdams, D("2026-03-15")).GetValueOrThrow();

        var march = Gate("2026-03");
        var april = Gate("2026-04");

        Assert.True(march.IsBillable);
        Assert.Equal(D("2026-03-31"), march.BillableThrough);
        var finding = Assert.Single(april.Missing);
        Assert.Equal(EnrollmentCodes.ConsentRevoked, finding.Code);
        Assert.Equal("The patient revoked CCM consent for NPI 1234567893 on 2026-03-15; it covered care management through the end of 2026-03.", finding.Message);
    }

    [Fact]
    public void A_consent_revoked_on_new_years_eve_covers_december_and_not_january()
    {
        Enroll(_patient, DrAdams, "2026-01-10");
        Consented(_consents, DrAdams, "2026-01-08");
        _consents.Revoke(CareProgram.Ccm, DrAdams, D("2026-12-31")).GetValueOrThrow();

        Assert.True(Gate("2026-12").IsBillable);
        Assert.True(Gate("2027-01").Has(EnrollmentCodes.ConsentRevoked));
    }

    [Fact]
    public void An_opt_out_and_revocation_in_the_same_month_end_billing_together()
    {
        var enrollment = Enroll(_patient, DrAdams, "2026-01-10");
        Consented(_consents, DrAdams, "2026-01-08");
        Succeeds(_patient.Unenroll(enrollment.Id, D("2026-03-15"), "Stopping care management"));
        _consents.Revoke(CareProgram.Ccm, DrAdams, D("2026-03-15")).GetValueOrThrow();

        Assert.True(Gate("2026-03").IsBillable);
        Assert.Equal(EnrollmentCodes.NotEnrolled, Assert.Single(Gate("2026-04").Missing).Code);
    }

    [Fact]
    public void A_declined_consent_gates_the_month()
    {
        Enroll(_patient, DrAdams, "2026-01-10");
        _consents.Record(Consent(DrAdams, "2026-01-08", decision: ConsentDecision.Declined)).GetValueOrThrow();

        var finding = Assert.Single(Gate("2026-02").Missing);

        Assert.Equal(EnrollmentCodes.ConsentDeclined, finding.Code);
        Assert.Equal("The patient declined CCM with NPI 1234567893 on 2026-01-08.", finding.Message);
    }

    [Fact]
    public void A_consent_missing_disclosures_gates_the_month_and_names_them()
    {
        Enroll(_patient, DrAdams, "2026-01-10");
        _consents.Record(Consent(DrAdams, "2026-01-08", disclosures: ConsentDisclosures.Availability | ConsentDisclosures.OnePractitioner)).GetValueOrThrow();

        var finding = Assert.Single(Gate("2026-02").Missing);

        Assert.Equal(EnrollmentCodes.ConsentIncomplete, finding.Code);
        Assert.Contains("does not record these disclosures: cost-sharing, right-to-stop.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_consent_given_after_the_month_does_not_reach_back()
    {
        Enroll(_patient, DrAdams, "2026-01-10");
        Consented(_consents, DrAdams, "2026-04-01");

        var finding = Assert.Single(Gate("2026-03").Missing);

        Assert.Equal(EnrollmentCodes.ConsentMissing, finding.Code);
        Assert.Contains("The first is dated 2026-04-01, after this month", finding.Message, StringComparison.Ordinal);
        Assert.Equal(D("2026-04-01"), Gate("2026-04").BillableFrom);
    }

    [Fact]
    public void A_ccm_consent_does_not_cover_pcm()
    {
        Enroll(_patient, DrAdams, "2026-01-10", CareProgram.Pcm);
        Consented(_consents, DrAdams, "2026-01-08", CareProgram.Ccm);

        var result = Gate("2026-02", CareProgram.Pcm);

        Assert.Equal(EnrollmentCodes.ConsentMissing, Assert.Single(result.Missing).Code);
        Assert.Equal(EnrollmentCodes.NotEnrolled, Assert.Single(Gate("2026-02", CareProgram.Ccm).Missing).Code);
    }

    [Fact]
    public void After_a_transfer_the_old_consent_no_longer_serves_and_a_new_one_is_required()
    {
        var current = Enroll(_patient, DrAdams, "2026-01-10");
        Consented(_consents, DrAdams, "2026-01-08");
        _visits.Add(Visit("2026-02-20", "99215", DrBrown));
        var next = _patient.Transfer(current.Id, DrBrown, M("2026-04"), NurseLee).GetValueOrThrow();

        var march = Gate("2026-03");
        var april = Gate("2026-04");

        Assert.True(march.IsBillable);
        Assert.Same(current, march.Enrollment);
        Assert.Equal(D("2026-03-31"), march.BillableThrough);
        Assert.Same(next, april.Enrollment);
        var finding = Assert.Single(april.Missing);
        Assert.Equal(EnrollmentCodes.ConsentOtherPractitioner, finding.Code);
        Assert.Equal(
            "The CCM consent on file (2026-01-08) names NPI 1234567893. Consent belongs to the billing practitioner, so NPI 1245319599 needs a new consent from the patient.",
            finding.Message);

        Consented(_consents, DrBrown, "2026-03-28");

        Assert.True(Gate("2026-04").IsBillable);
        Assert.Equal(D("2026-04-01"), Gate("2026-04").BillableFrom);
    }

    [Fact]
    public void After_a_transfer_the_new_practitioner_needs_their_own_initiating_visit()
    {
        var current = Enroll(_patient, DrAdams, "2026-01-10");
        _patient.Transfer(current.Id, DrBrown, M("2026-04"), NurseLee).GetValueOrThrow();
        Consented(_consents, DrBrown, "2026-03-28");

        var finding = Assert.Single(Gate("2026-04").Missing);

        Assert.Equal(EnrollmentCodes.VisitNeeded, finding.Code);
        Assert.Contains("NPI 1245319599 between 2025-04-01 and 2026-04-01", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_care_manager_designated_later_makes_later_months_billable()
    {
        var enrollment = Propose(_patient, DrAdams, "2026-03-01");
        Succeeds(_patient.Enroll(enrollment.Id, D("2026-03-01"), careManager: null));
        Consented(_consents, DrAdams, "2026-03-01");
        Succeeds(_patient.ChangeCareManager(enrollment.Id, NurseLee, D("2026-04-05")));

        Assert.Equal(EnrollmentCodes.CareManagerMissing, Assert.Single(Gate("2026-03").Missing).Code);
        Assert.True(Gate("2026-04").IsBillable);
    }

    [Fact]
    public void The_patient_saying_another_practitioner_manages_their_care_gates_the_month()
    {
        Enroll(_patient, DrAdams, "2026-01-10");
        _consents.Record(Consent(DrAdams, "2026-01-08") with { NoOtherCareManagement = false }).GetValueOrThrow();

        var result = Gate("2026-02");

        Assert.Equal(EnrollmentCodes.ConsentCareElsewhere, Assert.Single(result.Missing).Code);
        Assert.NotNull(result.Consent);
    }

    [Theory]
    [InlineData("2026-03-31", "2026-02", false)]
    [InlineData("2026-03-31", "2026-03", true)]
    [InlineData("2026-03-01", "2026-03", true)]
    [InlineData("2026-02-28", "2026-03", true)]
    public void An_enrollment_holds_the_month_of_its_first_day(string start, string month, bool billable)
    {
        Enroll(_patient, DrAdams, start);
        Consented(_consents, DrAdams, start);

        var result = Gate(month);

        Assert.Equal(billable, result.IsBillable);
        if (billable)
        {
            Assert.Equal(D(start) > M(month).FirstDay ? D(start) : M(month).FirstDay, result.BillableFrom);
        }
    }

    [Theory]
    [InlineData("deceased", "2026-03-20")]
    [InlineData("moved", "2026-03-20")]
    [InlineData("deceased", "2026-03-31")]
    public void A_death_or_move_leaves_its_month_billable_through_that_day_and_closes_the_next(string outcome, string date)
    {
        var enrollment = Enroll(_patient, DrAdams, "2026-01-10");
        Consented(_consents, DrAdams, "2026-01-08");
        Succeeds(outcome == "deceased" ? _patient.RecordDeath(D(date)) : _patient.RecordMove(enrollment.Id, D(date), "Moved to Florida"));

        var march = Gate("2026-03");

        Assert.True(march.IsBillable);
        Assert.Equal(D(date), march.BillableThrough);
        Assert.Equal(EnrollmentCodes.NotEnrolled, Assert.Single(Gate("2026-04").Missing).Code);
    }

    [Fact]
    public void A_visit_after_the_start_does_not_open_the_month()
    {
        _visits.Clear();
        _visits.Add(Visit("2026-01-20", "99214", DrAdams));
        Enroll(_patient, DrAdams, "2026-01-10");
        Consented(_consents, DrAdams, "2026-01-08");

        Assert.True(Gate("2026-02").Has(EnrollmentCodes.VisitNeeded));
    }

    private static Outcome Then(Outcome first, Func<Outcome> second) => first.Succeeded ? second() : first;

    private EnrollmentGateResult Gate(string month, CareProgram program = CareProgram.Ccm) =>
        EnrollmentGate.Evaluate(_patient, _consents, _visits, program, M(month));
}
