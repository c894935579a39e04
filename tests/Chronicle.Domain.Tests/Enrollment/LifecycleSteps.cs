namespace Chronicle.Domain.Tests.Enrollment;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using static Chronicle.Domain.Enrollment.EnrollmentStatus;
using static Chronicle.Domain.Tests.Enrollment.EnrollmentFixture;

/// <summary>The changes an enrollment can be asked to make, as rows of the lifecycle tables.</summary>
public enum LifecycleChange
{
    Enroll,
    ChangeCareManager,
    Unenroll,
    Decline,
    MarkIneligible,
    MarkEnrolledElsewhere,
    RecordMove,
    RecordDeath,
    Reopen,
    Transfer,
}

/// <summary>Puts an enrollment into a status and applies a <see cref="LifecycleChange"/> to it.</summary>
internal static class LifecycleSteps
{
    // Puts a fresh patient's CCM enrollment with Dr Adams into the given status.
    public static (PatientEnrollments Patient, ProgramEnrollment Enrollment) In(EnrollmentStatus status)
    {
        var patient = NewPatient();
        var enrollment = Propose(patient, DrAdams, "2026-01-05");
        var path = status switch
        {
            Candidate => [],
            Enrolled => [LifecycleChange.Enroll],
            Unenrolled => [LifecycleChange.Enroll, LifecycleChange.Unenroll],
            Transferred => [LifecycleChange.Enroll, LifecycleChange.Transfer],
            Deceased => [LifecycleChange.Enroll, LifecycleChange.RecordDeath],
            Declined => [LifecycleChange.Decline],
            Ineligible => [LifecycleChange.MarkIneligible],
            EnrolledElsewhere => [LifecycleChange.MarkEnrolledElsewhere],
            Moved => new[] { LifecycleChange.RecordMove },
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var change in path)
        {
            Succeeds(Apply(patient, enrollment, change, D("2026-02-10")));
        }

        Assert.Equal(status, enrollment.Status);
        return (patient, enrollment);
    }

    public static Outcome Apply(PatientEnrollments patient, ProgramEnrollment enrollment, LifecycleChange change, DateOnly? on = null)
    {
        var date = on ?? D("2026-03-10");
        return change switch
        {
            LifecycleChange.Enroll => patient.Enroll(enrollment.Id, date, NurseKim),
            LifecycleChange.ChangeCareManager => patient.ChangeCareManager(enrollment.Id, NurseLee, date),
            LifecycleChange.Unenroll => patient.Unenroll(enrollment.Id, date, "Opted out"),
            LifecycleChange.Decline => patient.Decline(enrollment.Id, date, "Does not want the coinsurance"),
            LifecycleChange.MarkIneligible => patient.MarkIneligible(enrollment.Id, date, "Only one chronic condition"),
            LifecycleChange.MarkEnrolledElsewhere => patient.MarkEnrolledElsewhere(enrollment.Id, date, "Cardiology bills CCM"),
            LifecycleChange.RecordMove => patient.RecordMove(enrollment.Id, date, "Moved out of state"),
            LifecycleChange.RecordDeath => patient.RecordDeath(date),
            LifecycleChange.Reopen => patient.Reopen(enrollment.Id, date),
            LifecycleChange.Transfer => ToOutcome(patient.Transfer(enrollment.Id, DrBrown, BillingMonth.Of(date).Next(), NurseKim)),
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };
    }

    private static Outcome ToOutcome(Outcome<ProgramEnrollment> outcome) =>
        outcome.Succeeded ? Outcome.Ok : Outcome.Fail(outcome.Failure!);
}
