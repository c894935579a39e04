namespace Chronicle.Domain.Tests.Enrollment;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using static Chronicle.Domain.Enrollment.EnrollmentStatus;
using static Chronicle.Domain.Tests.Enrollment.EnrollmentFixture;
using static Chronicle.Domain.Tests.Enrollment.LifecycleSteps;

/// <summary>What each change records: dates, periods, reasons, care managers and the patient-wide death.</summary>
public sealed class EnrollmentLifecycleTests
{
    [Fact]
    public void A_declined_candidate_is_told_to_reopen_before_enrolling_and_can_then_enroll()
    {
        var (patient, enrollment) = In(Declined);

        var refusal = Refused(patient.Enroll(enrollment.Id, D("2026-03-01"), NurseKim), EnrollmentCodes.Transition);
        Succeeds(patient.Reopen(enrollment.Id, D("2026-03-01")));
        Succeeds(patient.Enroll(enrollment.Id, D("2026-03-02"), NurseKim));

        Assert.Contains("reopen it as a candidate", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(Enrolled, enrollment.Status);
        Assert.Equal(
            [EnrollmentEventKind.Proposed, EnrollmentEventKind.Declined, EnrollmentEventKind.Reopened, EnrollmentEventKind.Enrolled],
            enrollment.History.Select(e => e.Kind));
    }

    [Theory]
    [InlineData(Candidate, LifecycleChange.ChangeCareManager, "This CCM enrollment with NPI 1234567893 is a candidate, so it cannot take a new care manager.")]
    [InlineData(Enrolled, LifecycleChange.Decline, "This CCM enrollment with NPI 1234567893 is enrolled, so it cannot be marked declined.")]
    [InlineData(EnrolledElsewhere, LifecycleChange.RecordMove, "This CCM enrollment with NPI 1234567893 is enrolled elsewhere, so it cannot be marked moved.")]
    [InlineData(Transferred, LifecycleChange.Unenroll, "This CCM enrollment with NPI 1234567893 is transferred and ended on 2026-02-28; enrolling again needs a new enrollment.")]
    public void A_refused_change_says_where_the_enrollment_stands(EnrollmentStatus from, LifecycleChange change, string message)
    {
        var (patient, enrollment) = In(from);

        Assert.Equal(message, Refused(Apply(patient, enrollment, change), EnrollmentCodes.Transition).Message);
    }

    [Fact]
    public void Every_change_is_a_new_numbered_record_and_the_state_is_read_from_them()
    {
        var patient = NewPatient();
        var enrollment = Propose(patient, DrAdams, "2026-01-05");
        var visit = VisitId.New();

        Succeeds(patient.Enroll(enrollment.Id, D("2026-01-10"), NurseKim, visit));
        Succeeds(patient.ChangeCareManager(enrollment.Id, NurseLee, D("2026-02-03")));
        Succeeds(patient.Unenroll(enrollment.Id, D("2026-03-10"), "No longer wants calls"));

        Assert.Equal([1, 2, 3, 4], enrollment.History.Select(e => e.Sequence));
        Assert.All(enrollment.History, e => Assert.Equal(enrollment.Id, e.EnrollmentId));
        Assert.Equal(Unenrolled, enrollment.Status);
        Assert.Equal(D("2026-01-10"), enrollment.Start);
        Assert.Equal(D("2026-03-31"), enrollment.End);
        Assert.Equal(NurseLee, enrollment.CareManager);
        Assert.Equal(visit, enrollment.InitiatingVisit);
        Assert.Equal("No longer wants calls", enrollment.History[^1].Reason);
        Assert.Equal(4, patient.Version);
    }

    [Theory]
    [InlineData("2026-03-01", "2026-03-31")]
    [InlineData("2026-03-10", "2026-03-31")]
    [InlineData("2026-03-31", "2026-03-31")]
    [InlineData("2026-02-14", "2026-02-28")]
    [InlineData("2028-02-14", "2028-02-29")]
    [InlineData("2026-12-05", "2026-12-31")]
    public void An_opt_out_takes_effect_at_the_end_of_the_month_of_the_request(string requested, string lastDay)
    {
        var patient = NewPatient();
        var enrollment = Enroll(patient, DrAdams, "2026-01-10");

        Succeeds(patient.Unenroll(enrollment.Id, D(requested), reason: null));

        Assert.Equal(D(lastDay), enrollment.End);
        Assert.True(enrollment.Covers(BillingMonth.Of(D(requested))));
        Assert.False(enrollment.Covers(BillingMonth.Of(D(requested)).Next()));
        Assert.Equal(D(requested), enrollment.History[^1].Date);
    }

    [Theory]
    [InlineData(LifecycleChange.Decline)]
    [InlineData(LifecycleChange.MarkIneligible)]
    [InlineData(LifecycleChange.MarkEnrolledElsewhere)]
    public void Declined_ineligible_and_enrolled_elsewhere_need_a_reason(LifecycleChange change)
    {
        var patient = NewPatient();
        var enrollment = Propose(patient, DrAdams, "2026-01-05");
        var date = D("2026-01-20");

        var outcome = change switch
        {
            LifecycleChange.Decline => patient.Decline(enrollment.Id, date, "  "),
            LifecycleChange.MarkIneligible => patient.MarkIneligible(enrollment.Id, date, ""),
            _ => patient.MarkEnrolledElsewhere(enrollment.Id, date, " "),
        };

        Refused(outcome, EnrollmentCodes.ReasonRequired);
        Assert.Equal(Candidate, enrollment.Status);
        Assert.Single(enrollment.History);
    }

    [Fact]
    public void A_candidate_outcome_keeps_its_reason_and_date_and_has_no_period()
    {
        var patient = NewPatient();
        var enrollment = Propose(patient, DrAdams, "2026-01-05");

        Succeeds(patient.Decline(enrollment.Id, D("2026-01-20"), " Cost of the coinsurance "));

        var record = enrollment.History[^1];
        Assert.Equal(EnrollmentEventKind.Declined, record.Kind);
        Assert.Equal(D("2026-01-20"), record.Date);
        Assert.Equal("Cost of the coinsurance", record.Reason);
        Assert.Null(record.EndsOn);
        Assert.Null(enrollment.Start);
        Assert.False(enrollment.Covers(M("2026-01")));
    }

    [Theory]
    [InlineData(LifecycleChange.RecordMove, "2026-04-12")]
    [InlineData(LifecycleChange.MarkIneligible, "2026-04-12")]
    [InlineData(LifecycleChange.MarkEnrolledElsewhere, "2026-04-30")]
    [InlineData(LifecycleChange.RecordDeath, "2026-04-01")]
    public void An_enrolled_period_ended_by_an_outcome_ends_on_its_date(LifecycleChange change, string date)
    {
        var patient = NewPatient();
        var enrollment = Enroll(patient, DrAdams, "2026-01-10");

        Succeeds(Apply(patient, enrollment, change, D(date)));

        Assert.Equal(D(date), enrollment.End);
        Assert.True(enrollment.Covers(M("2026-04")));
        Assert.False(enrollment.Covers(M("2026-05")));
        Assert.False(enrollment.IsOpen);
    }

    [Fact]
    public void An_enrollment_cannot_end_before_it_starts()
    {
        var patient = NewPatient();
        var enrollment = Enroll(patient, DrAdams, "2026-03-10");

        var finding = Refused(patient.RecordMove(enrollment.Id, D("2026-03-09"), "Moved to Ohio"), EnrollmentCodes.DateOrder);

        Assert.Contains("2026-03-10", finding.Message, StringComparison.Ordinal);
        Assert.Equal(Enrolled, enrollment.Status);
        Assert.Null(enrollment.End);
    }

    [Fact]
    public void A_death_ends_every_open_enrollment_of_the_patient_on_the_date_of_death()
    {
        var patient = NewPatient();
        var ccm = Enroll(patient, DrAdams, "2026-01-10");
        var pcm = Propose(patient, DrBrown, "2026-02-01", CareProgram.Pcm);
        var earlier = Propose(patient, DrCruz, "2025-06-01", CareProgram.Pcm);
        Succeeds(patient.Decline(earlier.Id, D("2025-06-02"), "Not interested"));

        Succeeds(patient.RecordDeath(D("2026-03-20")));

        Assert.All(new[] { ccm, pcm, earlier }, e => Assert.Equal(Deceased, e.Status));
        Assert.Equal(D("2026-03-20"), ccm.End);
        Assert.Null(pcm.End);
        Assert.True(ccm.Covers(M("2026-03")));
        Assert.False(ccm.Covers(M("2026-04")));
    }

    [Fact]
    public void A_patient_without_enrollments_records_a_death_without_a_change()
    {
        var patient = NewPatient();

        Succeeds(patient.RecordDeath(D("2026-03-20")));

        Assert.Equal(0, patient.Version);
    }

    [Fact]
    public void Assigning_the_same_care_manager_again_writes_nothing_and_a_change_is_dated()
    {
        var patient = NewPatient();
        var enrollment = Enroll(patient, DrAdams, "2026-01-10", careManager: NurseKim);

        Succeeds(patient.ChangeCareManager(enrollment.Id, NurseKim, D("2026-02-01")));
        Assert.Equal(2, enrollment.History.Count);

        Succeeds(patient.ChangeCareManager(enrollment.Id, NurseLee, D("2026-02-15")));
        Assert.Equal(NurseKim, enrollment.CareManagerOn(D("2026-02-14")));
        Assert.Equal(NurseLee, enrollment.CareManagerOn(D("2026-02-15")));
        Assert.Null(enrollment.CareManagerOn(D("2026-01-09")));
    }

    [Fact]
    public void An_enrollment_may_start_without_a_care_manager_and_get_one_later()
    {
        var patient = NewPatient();
        var enrollment = Propose(patient, DrAdams, "2026-01-05");

        Succeeds(patient.Enroll(enrollment.Id, D("2026-01-10"), careManager: null));
        Assert.Null(enrollment.CareManager);

        Succeeds(patient.ChangeCareManager(enrollment.Id, NurseLee, D("2026-02-02")));
        Assert.Equal(NurseLee, enrollment.CareManager);
    }

    [Fact]
    public void A_second_open_enrollment_with_the_same_program_and_practitioner_is_refused()
    {
        var patient = NewPatient();
        Enroll(patient, DrAdams, "2026-01-10");

        Refused(patient.Propose(CareProgram.Ccm, DrAdams, D("2026-02-01")), EnrollmentCodes.Duplicate);

        Assert.Single(patient.Enrollments);
        Assert.True(patient.Propose(CareProgram.Pcm, DrAdams, D("2026-02-01")).Succeeded);
        Assert.True(patient.Propose(CareProgram.Ccm, DrBrown, D("2026-02-01")).Succeeded);
    }

    [Fact]
    public void A_command_for_an_enrollment_the_patient_does_not_have_is_refused()
    {
        var patient = NewPatient();
        var unknown = EnrollmentId.New();

        Refused(patient.Enroll(unknown, D("2026-01-10"), NurseKim), EnrollmentCodes.NotFound);
        Refused(patient.Unenroll(unknown, D("2026-01-10"), null), EnrollmentCodes.NotFound);
        Refused(patient.Reopen(unknown, D("2026-01-10")), EnrollmentCodes.NotFound);
        Refused(patient.ChangeCareManager(unknown, NurseKim, D("2026-01-10")), EnrollmentCodes.NotFound);
        Refused(patient.Transfer(unknown, DrBrown, M("2026-02"), NurseKim), EnrollmentCodes.NotFound);
    }
}
