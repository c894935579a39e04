namespace Chronicle.Domain.Tests.Enrollment;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using static Chronicle.Domain.Enrollment.EnrollmentStatus;
using static Chronicle.Domain.Tests.Enrollment.EnrollmentFixture;
using static Chronicle.Domain.Tests.Enrollment.LifecycleSteps;

/// <summary>Every change from every status: what it leads to, or that it is refused with nothing written.</summary>
public sealed class EnrollmentTransitionTests
{
    // Each row: the status to start from, the change, and the status it leads to (null: refused).
    public static TheoryData<EnrollmentStatus, LifecycleChange, EnrollmentStatus?> Transitions => new()
    {
        { Candidate, LifecycleChange.Enroll, Enrolled },
        { Candidate, LifecycleChange.ChangeCareManager, null },
        { Candidate, LifecycleChange.Unenroll, null },
        { Candidate, LifecycleChange.Decline, Declined },
        { Candidate, LifecycleChange.MarkIneligible, Ineligible },
        { Candidate, LifecycleChange.MarkEnrolledElsewhere, EnrolledElsewhere },
        { Candidate, LifecycleChange.RecordMove, Moved },
        { Candidate, LifecycleChange.RecordDeath, Deceased },
        { Candidate, LifecycleChange.Reopen, null },
        { Candidate, LifecycleChange.Transfer, null },

        { Enrolled, LifecycleChange.Enroll, null },
        { Enrolled, LifecycleChange.ChangeCareManager, Enrolled },
        { Enrolled, LifecycleChange.Unenroll, Unenrolled },
        { Enrolled, LifecycleChange.Decline, null },
        { Enrolled, LifecycleChange.MarkIneligible, Ineligible },
        { Enrolled, LifecycleChange.MarkEnrolledElsewhere, EnrolledElsewhere },
        { Enrolled, LifecycleChange.RecordMove, Moved },
        { Enrolled, LifecycleChange.RecordDeath, Deceased },
        { Enrolled, LifecycleChange.Reopen, null },
        { Enrolled, LifecycleChange.Transfer, Transferred },
    };

    // Statuses a candidate reaches without being enrolled: only reopening or death may follow.
    public static TheoryData<EnrollmentStatus, LifecycleChange, EnrollmentStatus?> CandidateOutcomes()
    {
        var data = new TheoryData<EnrollmentStatus, LifecycleChange, EnrollmentStatus?>();
        foreach (var from in new[] { Declined, Ineligible, EnrolledElsewhere, Moved })
        {
            foreach (var change in Enum.GetValues<LifecycleChange>())
            {
                data.Add(from, change, change switch
                {
                    LifecycleChange.Reopen => Candidate,
                    LifecycleChange.RecordDeath => Deceased,
                    _ => null,
                });
            }
        }

        return data;
    }

    // Statuses after an enrolled period has ended: nothing changes them, and a death leaves them be.
    public static TheoryData<EnrollmentStatus, LifecycleChange> EndedStatuses()
    {
        var data = new TheoryData<EnrollmentStatus, LifecycleChange>();
        foreach (var from in new[] { Unenrolled, Transferred, Deceased })
        {
            foreach (var change in Enum.GetValues<LifecycleChange>())
            {
                data.Add(from, change);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    [MemberData(nameof(CandidateOutcomes))]
    public void A_change_leads_to_its_status_or_is_refused_with_nothing_written(EnrollmentStatus from, LifecycleChange change, EnrollmentStatus? expected)
    {
        var (patient, enrollment) = In(from);
        var historyBefore = enrollment.History.Count;
        var versionBefore = patient.Version;

        var outcome = Apply(patient, enrollment, change);

        if (expected is { } status)
        {
            Succeeds(outcome);
            Assert.Equal(status, enrollment.Status);
            Assert.True(enrollment.History.Count > historyBefore);
            Assert.True(patient.Version > versionBefore);
        }
        else
        {
            Refused(outcome, EnrollmentCodes.Transition);
            Assert.Equal(from, enrollment.Status);
            Assert.Equal(historyBefore, enrollment.History.Count);
            Assert.Equal(versionBefore, patient.Version);
        }
    }

    [Theory]
    [MemberData(nameof(EndedStatuses))]
    public void An_enrollment_whose_period_has_ended_takes_no_further_change(EnrollmentStatus from, LifecycleChange change)
    {
        var (patient, enrollment) = In(from);
        var historyBefore = enrollment.History.Count;
        var versionBefore = patient.Version;

        var outcome = Apply(patient, enrollment, change);

        if (change == LifecycleChange.RecordDeath)
        {
            Succeeds(outcome);
        }
        else
        {
            var finding = Refused(outcome, EnrollmentCodes.Transition);
            Assert.Contains("ended on", finding.Message, StringComparison.Ordinal);
            Assert.Equal(versionBefore, patient.Version);
        }

        Assert.Equal(from, enrollment.Status);
        Assert.Equal(historyBefore, enrollment.History.Count);
    }
}
