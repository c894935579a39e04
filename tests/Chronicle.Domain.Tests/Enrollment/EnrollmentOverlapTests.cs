namespace Chronicle.Domain.Tests.Enrollment;

using Chronicle.Domain.Enrollment;
using static Chronicle.Domain.Tests.Enrollment.EnrollmentFixture;

/// <summary>One billing practitioner per patient, program and calendar month (docs/rules/ccm.md §2).</summary>
public sealed class EnrollmentOverlapTests
{
    [Theory]
    // Dr Adams enrolled from 2026-01-10 with no end: every later start shares a month.
    [InlineData(null, "2026-03-01", true)]
    [InlineData(null, "2025-11-01", true)]
    // Dr Adams's opt-out on 2026-03-10 ends the enrollment on 2026-03-31.
    [InlineData("2026-03-10", "2026-03-20", true)]
    [InlineData("2026-03-10", "2026-03-31", true)]
    [InlineData("2026-03-10", "2026-04-01", false)]
    [InlineData("2026-03-10", "2026-06-15", false)]
    // A new open-ended enrollment before Dr Adams's would run into it.
    [InlineData("2026-03-10", "2025-12-31", true)]
    public void A_second_ccm_enrollment_may_not_share_a_month_with_the_first(string? optOut, string start, bool overlaps)
    {
        var patient = NewPatient();
        var first = Enroll(patient, DrAdams, "2026-01-10");
        if (optOut is not null)
        {
            Succeeds(patient.Unenroll(first.Id, D(optOut), "Opted out"));
        }

        var second = Propose(patient, DrBrown, "2026-03-15");
        var outcome = patient.Enroll(second.Id, D(start), NurseLee);

        if (overlaps)
        {
            Refused(outcome, EnrollmentCodes.Overlap);
            Assert.Equal(EnrollmentStatus.Candidate, second.Status);
        }
        else
        {
            Succeeds(outcome);
            Assert.Equal(EnrollmentStatus.Enrolled, second.Status);
        }
    }

    [Fact]
    public void A_refused_overlap_explains_itself_and_changes_nothing()
    {
        var patient = NewPatient();
        var first = Enroll(patient, DrAdams, "2026-01-10");
        Succeeds(patient.Unenroll(first.Id, D("2026-03-10"), null));
        var second = Propose(patient, DrBrown, "2026-03-12");
        var version = patient.Version;
        var histories = patient.Enrollments.Select(e => e.History.Count).ToList();

        var finding = Refused(patient.Enroll(second.Id, D("2026-03-15"), NurseLee), EnrollmentCodes.Overlap);

        Assert.Equal(
            "The patient is already enrolled in CCM with NPI 1234567893 from 2026-01-10 to 2026-03-31. Only one practitioner may bill CCM for a patient in a calendar month, so enrollments may not share a month. This enrollment could start on 2026-04-01 at the earliest.",
            finding.Message);
        Assert.Equal(EnrollmentSources.OneBillerPerMonth, finding.Source);
        Assert.Equal(version, patient.Version);
        Assert.Equal(histories, patient.Enrollments.Select(e => e.History.Count));
        Assert.Null(second.Start);
        Assert.Equal(first, patient.CoveringMonth(CareProgram.Ccm, M("2026-03")));
        Assert.Null(patient.CoveringMonth(CareProgram.Ccm, M("2026-04")));
    }

    [Fact]
    public void An_open_ended_overlap_suggests_ending_or_transferring_the_other()
    {
        var patient = NewPatient();
        Enroll(patient, DrAdams, "2026-01-10");
        var second = Propose(patient, DrBrown, "2026-03-12");

        var finding = Refused(patient.Enroll(second.Id, D("2026-03-15"), NurseLee), EnrollmentCodes.Overlap);

        Assert.Contains("from 2026-01-10 with no end date", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("End or transfer that enrollment first.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_practitioner_enrolling_again_after_an_opt_out_starts_in_a_later_month()
    {
        var patient = NewPatient();
        var first = Enroll(patient, DrAdams, "2026-01-10");
        Succeeds(patient.Unenroll(first.Id, D("2026-03-10"), null));
        var again = Propose(patient, DrAdams, "2026-03-20");

        Refused(patient.Enroll(again.Id, D("2026-03-20"), NurseKim), EnrollmentCodes.Overlap);
        Succeeds(patient.Enroll(again.Id, D("2026-04-01"), NurseKim));

        Assert.Equal(first, patient.CoveringMonth(CareProgram.Ccm, M("2026-03")));
        Assert.Equal(again, patient.CoveringMonth(CareProgram.Ccm, M("2026-04")));
    }

    [Fact]
    public void An_enrollment_ended_mid_month_still_holds_that_month()
    {
        var patient = NewPatient();
        var first = Enroll(patient, DrAdams, "2026-01-10");
        Succeeds(patient.RecordMove(first.Id, D("2026-02-15"), "Moved across town"));
        var second = Propose(patient, DrBrown, "2026-02-16");

        Refused(patient.Enroll(second.Id, D("2026-02-20"), NurseLee), EnrollmentCodes.Overlap);
        Succeeds(patient.Enroll(second.Id, D("2026-03-01"), NurseLee));
    }

    [Fact]
    public void Two_pcm_enrollments_may_not_share_a_month_either()
    {
        var patient = NewPatient();
        Enroll(patient, DrAdams, "2026-01-10", CareProgram.Pcm);
        var second = Propose(patient, DrBrown, "2026-02-01", CareProgram.Pcm);

        var finding = Refused(patient.Enroll(second.Id, D("2026-02-01"), NurseLee), EnrollmentCodes.Overlap);

        Assert.Contains("bill PCM", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_practitioner_may_not_hold_ccm_and_pcm_for_a_patient_in_the_same_month()
    {
        var patient = NewPatient();
        var pcm = Enroll(patient, DrAdams, "2026-01-10", CareProgram.Pcm);
        Succeeds(patient.Unenroll(pcm.Id, D("2026-03-05"), "Second condition: moving to CCM"));
        var ccm = Propose(patient, DrAdams, "2026-03-05");

        var finding = Refused(patient.Enroll(ccm.Id, D("2026-03-05"), NurseKim), EnrollmentCodes.ProgramConflict);
        Succeeds(patient.Enroll(ccm.Id, D("2026-04-01"), NurseKim));

        Assert.Equal(EnrollmentSources.CcmVersusPcm, finding.Source);
        Assert.Contains("2026-04-01", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ccm_and_pcm_with_different_practitioners_may_share_a_month()
    {
        var patient = NewPatient();
        var ccm = Enroll(patient, DrAdams, "2026-01-10");
        var pcm = Enroll(patient, DrBrown, "2026-02-01", CareProgram.Pcm);

        Assert.Equal(ccm, patient.CoveringMonth(CareProgram.Ccm, M("2026-02")));
        Assert.Equal(pcm, patient.CoveringMonth(CareProgram.Pcm, M("2026-02")));
    }

    [Fact]
    public void Candidates_hold_no_months_so_several_may_wait_side_by_side()
    {
        var patient = NewPatient();
        var first = Propose(patient, DrAdams, "2026-01-05");
        var second = Propose(patient, DrBrown, "2026-01-05");

        Assert.Null(patient.CoveringMonth(CareProgram.Ccm, M("2026-01")));
        Succeeds(patient.Enroll(second.Id, D("2026-01-10"), NurseLee));
        Refused(patient.Enroll(first.Id, D("2026-01-10"), NurseKim), EnrollmentCodes.Overlap);
    }
}
