namespace Chronicle.Domain.Tests.Enrollment;

using Chronicle.Domain.Enrollment;
using static Chronicle.Domain.Tests.Enrollment.EnrollmentFixture;

/// <summary>A transfer ends one enrollment at a month end and starts the next on the following first.</summary>
public sealed class TransferTests
{
    [Theory]
    [InlineData("2026-01-10", "2026-02", "2026-01-31")]
    [InlineData("2026-01-10", "2026-04", "2026-03-31")]
    [InlineData("2025-11-20", "2026-01", "2025-12-31")]
    [InlineData("2027-12-01", "2028-03", "2028-02-29")]
    public void A_transfer_meets_at_a_month_boundary(string start, string firstMonth, string lastDay)
    {
        var patient = NewPatient();
        var current = Enroll(patient, DrAdams, start);

        var next = patient.Transfer(current.Id, DrBrown, M(firstMonth), NurseLee).GetValueOrThrow();

        Assert.Equal(EnrollmentStatus.Transferred, current.Status);
        Assert.Equal(D(lastDay), current.End);
        Assert.Equal(EnrollmentStatus.Enrolled, next.Status);
        Assert.Equal(M(firstMonth).FirstDay, next.Start);
        Assert.Null(next.End);
        Assert.Equal(DrBrown, next.Practitioner);
        Assert.Equal(NurseLee, next.CareManager);
        Assert.Equal(current, patient.CoveringMonth(CareProgram.Ccm, M(firstMonth).Previous()));
        Assert.Equal(next, patient.CoveringMonth(CareProgram.Ccm, M(firstMonth)));
        Assert.Equal(next.Id, current.History[^1].RelatedEnrollment);
        Assert.Equal(current.Id, next.History[^1].RelatedEnrollment);
    }

    [Fact]
    public void A_transfer_cannot_start_in_the_month_the_current_enrollment_began()
    {
        var patient = NewPatient();
        var current = Enroll(patient, DrAdams, "2026-03-10");
        var version = patient.Version;

        var finding = Refused(patient.Transfer(current.Id, DrBrown, M("2026-03"), NurseLee), EnrollmentCodes.DateOrder);

        Assert.Contains("2026-04-01 at the earliest", finding.Message, StringComparison.Ordinal);
        Assert.Equal(EnrollmentStatus.Enrolled, current.Status);
        Assert.Single(patient.Enrollments);
        Assert.Equal(version, patient.Version);
    }

    [Fact]
    public void A_transfer_to_the_same_practitioner_is_refused()
    {
        var patient = NewPatient();
        var current = Enroll(patient, DrAdams, "2026-01-10");

        Refused(patient.Transfer(current.Id, DrAdams, M("2026-03"), NurseLee), EnrollmentCodes.SamePractitioner);

        Assert.Single(patient.Enrollments);
    }

    [Fact]
    public void A_transfer_that_would_give_the_new_practitioner_ccm_and_pcm_in_one_month_changes_nothing()
    {
        var patient = NewPatient();
        var current = Enroll(patient, DrAdams, "2026-01-10");
        Enroll(patient, DrBrown, "2026-02-01", CareProgram.Pcm);
        var version = patient.Version;

        Refused(patient.Transfer(current.Id, DrBrown, M("2026-04"), NurseLee), EnrollmentCodes.ProgramConflict);

        Assert.Equal(EnrollmentStatus.Enrolled, current.Status);
        Assert.Null(current.End);
        Assert.Equal(2, patient.Enrollments.Count);
        Assert.Equal(version, patient.Version);
    }

    [Fact]
    public void A_waiting_candidacy_with_the_new_practitioner_is_enrolled_rather_than_duplicated()
    {
        var patient = NewPatient();
        var current = Enroll(patient, DrAdams, "2026-01-10");
        var waiting = Propose(patient, DrBrown, "2026-02-20");

        var next = patient.Transfer(current.Id, DrBrown, M("2026-03"), NurseLee).GetValueOrThrow();

        Assert.Same(waiting, next);
        Assert.Equal(2, patient.Enrollments.Count);
        Assert.Equal(EnrollmentStatus.Enrolled, waiting.Status);
    }

    [Fact]
    public void Only_an_enrolled_patient_can_be_transferred()
    {
        var patient = NewPatient();
        var candidate = Propose(patient, DrAdams, "2026-01-05");

        Refused(patient.Transfer(candidate.Id, DrBrown, M("2026-03"), NurseLee), EnrollmentCodes.Transition);
    }

    [Fact]
    public void A_death_before_a_transfer_takes_effect_means_the_new_enrollment_never_starts()
    {
        var patient = NewPatient();
        var current = Enroll(patient, DrAdams, "2026-01-10");
        var next = patient.Transfer(current.Id, DrBrown, M("2026-05"), NurseLee).GetValueOrThrow();

        Succeeds(patient.RecordDeath(D("2026-04-18")));

        Assert.Equal(EnrollmentStatus.Transferred, current.Status);
        Assert.Equal(EnrollmentStatus.Deceased, next.Status);
        Assert.False(next.Covers(M("2026-04")));
        Assert.False(next.Covers(M("2026-05")));
        Assert.Equal(current, patient.CoveringMonth(CareProgram.Ccm, M("2026-04")));
    }
}
