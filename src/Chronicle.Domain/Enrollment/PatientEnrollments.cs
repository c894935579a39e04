namespace Chronicle.Domain.Enrollment;

using Chronicle.Domain.Common;

/// <summary>
/// All of one patient's enrollments, the aggregate that keeps "one billing practitioner per
/// patient per program per month" true: no command can leave two enrollments of one program
/// sharing a calendar month, nor one practitioner with CCM and PCM in the same month. A refused
/// command returns its finding and changes nothing. <see cref="Version"/> grows with every change,
/// so that two requests changing one patient at the same moment cannot both be saved.
/// </summary>
public sealed partial class PatientEnrollments
{
    private readonly List<ProgramEnrollment> _enrollments = [];

    private PatientEnrollments()
    {
    }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    public int Version { get; private set; }

    /// <summary>The enrollments in the order they were proposed.</summary>
    public IReadOnlyList<ProgramEnrollment> Enrollments
    {
        get
        {
            // A database returns rows in no particular order; ids are time-ordered (version 7) among
            // one day's proposals. Sorting only when out of order keeps enumerations under way valid.
            if (_enrollments.Where((e, i) => i > 0 && Compare(_enrollments[i - 1], e) > 0).Any())
            {
                _enrollments.Sort(Compare);
            }

            return _enrollments;
        }
    }

    public static PatientEnrollments Create(PracticeId practiceId, PatientId patientId) =>
        new() { PracticeId = practiceId, PatientId = patientId };

    public ProgramEnrollment? Find(EnrollmentId id) => _enrollments.Find(e => e.Id == id);

    /// <summary>The enrollment in <paramref name="program"/> whose period includes a day of <paramref name="month"/>; there is at most one.</summary>
    public ProgramEnrollment? CoveringMonth(CareProgram program, BillingMonth month) =>
        _enrollments.Find(e => e.Program == program && e.Covers(month));

    /// <summary>Makes the patient a candidate for a program with a billing practitioner.</summary>
    public Outcome<ProgramEnrollment> Propose(CareProgram program, BillingPractitioner practitioner, DateOnly date)
    {
        var open = _enrollments.Find(e => e.Program == program && e.Practitioner.IsSameAs(practitioner) && e.IsOpen);
        if (open is not null)
        {
            return Outcome<ProgramEnrollment>.Fail(
                EnrollmentCodes.Duplicate,
                $"The patient already has a {open} that is {open.Status.ToProse()}; continue with that one.");
        }

        var enrollment = ProgramEnrollment.Propose(PracticeId, PatientId, program, practitioner, date);
        _enrollments.Add(enrollment);
        Version++;
        return Outcome<ProgramEnrollment>.Ok(enrollment);
    }

    /// <summary>
    /// Enrolls a candidate from <paramref name="start"/> on. A care manager may be assigned later
    /// (imports do not always name one), but the month is not billable until one is.
    /// </summary>
    public Outcome Enroll(EnrollmentId id, DateOnly start, StaffId? careManager, VisitId? initiatingVisit = null)
    {
        if (Find(id) is not { } enrollment)
        {
            return NotFound(id);
        }

        var refusal = enrollment.RefusalOf(EnrollmentEventKind.Enrolled)
            ?? ConflictFor(enrollment.Program, enrollment.Practitioner, BillingMonth.Of(start), except: id);
        if (refusal is not null)
        {
            return Outcome.Fail(refusal);
        }

        return Apply(enrollment, EnrollmentEventKind.Enrolled, start, new(CareManager: careManager, InitiatingVisit: initiatingVisit));
    }

    /// <summary>Designates another care manager; assigning the current one again changes nothing.</summary>
    public Outcome ChangeCareManager(EnrollmentId id, StaffId careManager, DateOnly date)
    {
        if (Find(id) is not { } enrollment)
        {
            return NotFound(id);
        }

        if (enrollment.RefusalOf(EnrollmentEventKind.CareManagerChanged) is { } refusal)
        {
            return Outcome.Fail(refusal);
        }

        return enrollment.CareManager == careManager
            ? Outcome.Ok
            : Apply(enrollment, EnrollmentEventKind.CareManagerChanged, date, new(CareManager: careManager));
    }

    /// <summary>
    /// The patient opts out. The request takes effect at the end of its calendar month, so that
    /// month stays covered and the next is not (docs/rules/ccm.md §4 item 4).
    /// </summary>
    public Outcome Unenroll(EnrollmentId id, DateOnly requestedOn, string? reason) =>
        End(id, EnrollmentEventKind.Unenrolled, requestedOn, reason, reasonRequired: false);

    public Outcome Decline(EnrollmentId id, DateOnly date, string reason) =>
        End(id, EnrollmentEventKind.Declined, date, reason, reasonRequired: true);

    public Outcome MarkIneligible(EnrollmentId id, DateOnly date, string reason) =>
        End(id, EnrollmentEventKind.Ineligible, date, reason, reasonRequired: true);

    public Outcome MarkEnrolledElsewhere(EnrollmentId id, DateOnly date, string reason) =>
        End(id, EnrollmentEventKind.EnrolledElsewhere, date, reason, reasonRequired: true);

    public Outcome RecordMove(EnrollmentId id, DateOnly date, string? reason) =>
        End(id, EnrollmentEventKind.Moved, date, reason, reasonRequired: false);

    /// <summary>A candidate who declined, was ineligible, enrolled elsewhere or moved away becomes a candidate again.</summary>
    public Outcome Reopen(EnrollmentId id, DateOnly date)
    {
        if (Find(id) is not { } enrollment)
        {
            return NotFound(id);
        }

        return enrollment.RefusalOf(EnrollmentEventKind.Reopened) is { } refusal
            ? Outcome.Fail(refusal)
            : Apply(enrollment, EnrollmentEventKind.Reopened, date, default);
    }

    /// <summary>
    /// Ends every enrollment that has not already ended, on the date of death: the month of death
    /// stays covered, no later month is. Death is recorded even before a future start, which then
    /// never begins.
    /// </summary>
    public Outcome RecordDeath(DateOnly date)
    {
        var affected = _enrollments.Where(e => e.RefusalOf(EnrollmentEventKind.Deceased) is null).ToList();
        foreach (var enrollment in affected)
        {
            enrollment.Append(EnrollmentEventKind.Deceased, date, new(EndsOn: enrollment.Start is null ? null : date));
        }

        if (affected.Count > 0)
        {
            Version++;
        }

        return Outcome.Ok;
    }

    private Outcome End(EnrollmentId id, EnrollmentEventKind kind, DateOnly date, string? reason, bool reasonRequired)
    {
        if (Find(id) is not { } enrollment)
        {
            return NotFound(id);
        }

        if (enrollment.RefusalOf(kind) is { } refusal)
        {
            return Outcome.Fail(refusal);
        }

        var text = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reasonRequired && text is null)
        {
            return Outcome.Fail(EnrollmentCodes.ReasonRequired, $"Give the reason for marking the enrollment {EnrollmentStatuses.StatusAfter(kind)!.Value.ToProse()}.");
        }

        DateOnly? endsOn = enrollment.Start is null ? null
            : kind == EnrollmentEventKind.Unenrolled ? BillingMonth.Of(date).LastDay
            : date;
        if (endsOn < enrollment.Start)
        {
            return Outcome.Fail(
                EnrollmentCodes.DateOrder,
                FormattableString.Invariant($"The {enrollment} starts on {enrollment.Start:yyyy-MM-dd}; it cannot end on {endsOn:yyyy-MM-dd}, before it starts."));
        }

        return Apply(enrollment, kind, date, new(EndsOn: endsOn, Reason: text));
    }

    private Outcome Apply(ProgramEnrollment enrollment, EnrollmentEventKind kind, DateOnly date, EnrollmentEventData data)
    {
        enrollment.Append(kind, date, data);
        Version++;
        return Outcome.Ok;
    }

    private static int Compare(ProgramEnrollment a, ProgramEnrollment b) =>
        (a.History[0].Date, a.Id.Value).CompareTo((b.History[0].Date, b.Id.Value));

    private static Outcome NotFound(EnrollmentId id) =>
        Outcome.Fail(EnrollmentCodes.NotFound, $"The patient has no enrollment {id}.");
}
