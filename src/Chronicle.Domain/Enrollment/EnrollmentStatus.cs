namespace Chronicle.Domain.Enrollment;

/// <summary>Where an enrollment stands, derived from its history (see <see cref="ProgramEnrollment"/>).</summary>
public enum EnrollmentStatus
{
    /// <summary>Proposed for the program (usually from the eligibility worklist); not enrolled.</summary>
    Candidate = 1,

    Enrolled = 2,

    /// <summary>The patient opted out; the enrollment ends at the end of the month of the request.</summary>
    Unenrolled = 3,

    Declined = 4,

    Ineligible = 5,

    /// <summary>Another practice or practitioner already provides this program to the patient.</summary>
    EnrolledElsewhere = 6,

    Deceased = 7,

    Moved = 8,

    /// <summary>Ended at a month end because the patient moved to another billing practitioner.</summary>
    Transferred = 9,
}

/// <summary>What one record in an enrollment's history says happened.</summary>
public enum EnrollmentEventKind
{
    Proposed = 1,
    Enrolled = 2,
    CareManagerChanged = 3,
    Unenrolled = 4,
    Declined = 5,
    Ineligible = 6,
    EnrolledElsewhere = 7,
    Deceased = 8,
    Moved = 9,
    Transferred = 10,

    /// <summary>A candidate who declined, was ineligible, enrolled elsewhere or moved is a candidate again.</summary>
    Reopened = 11,
}

public static class EnrollmentStatuses
{
    public static string ToCode(this EnrollmentStatus status) => status switch
    {
        EnrollmentStatus.Candidate => "candidate",
        EnrollmentStatus.Enrolled => "enrolled",
        EnrollmentStatus.Unenrolled => "unenrolled",
        EnrollmentStatus.Declined => "declined",
        EnrollmentStatus.Ineligible => "ineligible",
        EnrollmentStatus.EnrolledElsewhere => "enrolled-elsewhere",
        EnrollmentStatus.Deceased => "deceased",
        EnrollmentStatus.Moved => "moved",
        EnrollmentStatus.Transferred => "transferred",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown enrollment status."),
    };

    /// <summary>The status as a sentence says it: "is a candidate", "is enrolled elsewhere".</summary>
    public static string ToProse(this EnrollmentStatus status) => status switch
    {
        EnrollmentStatus.Candidate => "a candidate",
        EnrollmentStatus.EnrolledElsewhere => "enrolled elsewhere",
        _ => status.ToCode(),
    };

    /// <summary>The status an event leaves the enrollment in; null when it does not change it.</summary>
    internal static EnrollmentStatus? StatusAfter(EnrollmentEventKind kind) => kind switch
    {
        EnrollmentEventKind.Proposed or EnrollmentEventKind.Reopened => EnrollmentStatus.Candidate,
        EnrollmentEventKind.Enrolled => EnrollmentStatus.Enrolled,
        EnrollmentEventKind.CareManagerChanged => null,
        EnrollmentEventKind.Unenrolled => EnrollmentStatus.Unenrolled,
        EnrollmentEventKind.Declined => EnrollmentStatus.Declined,
        EnrollmentEventKind.Ineligible => EnrollmentStatus.Ineligible,
        EnrollmentEventKind.EnrolledElsewhere => EnrollmentStatus.EnrolledElsewhere,
        EnrollmentEventKind.Deceased => EnrollmentStatus.Deceased,
        EnrollmentEventKind.Moved => EnrollmentStatus.Moved,
        EnrollmentEventKind.Transferred => EnrollmentStatus.Transferred,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown enrollment event."),
    };
}
