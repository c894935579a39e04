namespace Chronicle.Domain.Enrollment;

using Chronicle.Domain.Common;

/// <summary>
/// One change to an enrollment. Events are only ever appended; the enrollment's status, period
/// and care manager are read from them, so the history shown to an auditor is the same data the
/// gate decides from.
/// </summary>
public sealed class EnrollmentEvent
{
    private EnrollmentEvent()
    {
    }

    public EnrollmentId EnrollmentId { get; private set; }

    /// <summary>Position in the enrollment's history, from 1.</summary>
    public int Sequence { get; private set; }

    public EnrollmentEventKind Kind { get; private set; }

    /// <summary>The date the change is about: proposal, start of enrollment, request, death, move.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>For an event that ends an enrollment: its last day (for an opt-out, the month end).</summary>
    public DateOnly? EndsOn { get; private set; }

    public StaffId? CareManager { get; private set; }

    /// <summary>For <see cref="EnrollmentEventKind.Enrolled"/>: the visit at which the program was discussed.</summary>
    public VisitId? InitiatingVisit { get; private set; }

    /// <summary>For a transfer: the enrollment on the other side of it.</summary>
    public EnrollmentId? RelatedEnrollment { get; private set; }

    public string? Reason { get; private set; }

    internal static EnrollmentEvent Create(EnrollmentId enrollmentId, int sequence, EnrollmentEventKind kind, DateOnly date, EnrollmentEventData data) =>
        new()
        {
            EnrollmentId = enrollmentId,
            Sequence = sequence,
            Kind = kind,
            Date = date,
            EndsOn = data.EndsOn,
            CareManager = data.CareManager,
            InitiatingVisit = data.InitiatingVisit,
            RelatedEnrollment = data.RelatedEnrollment,
            Reason = data.Reason,
        };
}

/// <summary>The optional parts of an event, so that creating one reads by name.</summary>
internal readonly record struct EnrollmentEventData(
    DateOnly? EndsOn = null,
    StaffId? CareManager = null,
    VisitId? InitiatingVisit = null,
    EnrollmentId? RelatedEnrollment = null,
    string? Reason = null);
