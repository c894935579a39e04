namespace Chronicle.Domain.Enrollment;

using Chronicle.Domain.Common;

/// <summary>
/// A patient's enrollment in one program with one billing practitioner, from candidate to its
/// outcome. Only its identity is stored with it; status, period and care manager are derived from
/// the append-only <see cref="History"/>. An enrollment is enrolled for at most one period: after
/// it ends, enrolling again is a new enrollment. Changes go through <see cref="PatientEnrollments"/>,
/// which guards the rules that span enrollments.
/// </summary>
public sealed class ProgramEnrollment
{
    // Which statuses each change may start from. An enrollment whose period has ended takes no
    // further change; a candidate outcome (declined, ineligible, …) can be reopened.
    private static readonly Dictionary<EnrollmentEventKind, EnrollmentStatus[]> AllowedFrom = new()
    {
        [EnrollmentEventKind.Enrolled] = [EnrollmentStatus.Candidate],
        [EnrollmentEventKind.CareManagerChanged] = [EnrollmentStatus.Enrolled],
        [EnrollmentEventKind.Unenrolled] = [EnrollmentStatus.Enrolled],
        [EnrollmentEventKind.Transferred] = [EnrollmentStatus.Enrolled],
        [EnrollmentEventKind.Declined] = [EnrollmentStatus.Candidate],
        [EnrollmentEventKind.Ineligible] = [EnrollmentStatus.Candidate, EnrollmentStatus.Enrolled],
        [EnrollmentEventKind.EnrolledElsewhere] = [EnrollmentStatus.Candidate, EnrollmentStatus.Enrolled],
        [EnrollmentEventKind.Moved] = [EnrollmentStatus.Candidate, EnrollmentStatus.Enrolled],
        [EnrollmentEventKind.Deceased] =
        [
            EnrollmentStatus.Candidate, EnrollmentStatus.Enrolled, EnrollmentStatus.Declined,
            EnrollmentStatus.Ineligible, EnrollmentStatus.EnrolledElsewhere, EnrollmentStatus.Moved,
        ],
        [EnrollmentEventKind.Reopened] =
        [
            EnrollmentStatus.Declined, EnrollmentStatus.Ineligible, EnrollmentStatus.EnrolledElsewhere, EnrollmentStatus.Moved,
        ],
    };

    private readonly List<EnrollmentEvent> _history = [];

    private ProgramEnrollment()
    {
    }

    public EnrollmentId Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    public CareProgram Program { get; private set; }

    public StaffId PractitionerId { get; private set; }

    public Npi PractitionerNpi { get; private set; }

    public BillingPractitioner Practitioner => new(PractitionerId, PractitionerNpi);

    public IReadOnlyList<EnrollmentEvent> History => InOrder();

    public EnrollmentStatus Status => Fold().Status;

    /// <summary>The first day of the enrolled period; null while never enrolled.</summary>
    public DateOnly? Start => Fold().Start;

    /// <summary>The last day of the enrolled period; null while it is open.</summary>
    public DateOnly? End => Fold().End;

    public StaffId? CareManager => Fold().CareManager;

    /// <summary>The visit at which the program was discussed, when the enrollment recorded one.</summary>
    public VisitId? InitiatingVisit => Fold().InitiatingVisit;

    /// <summary>Candidate or enrolled: the enrollment can still change.</summary>
    public bool IsOpen => Status is EnrollmentStatus.Candidate or EnrollmentStatus.Enrolled;

    public BillingMonth? FirstMonth => Start is { } start ? BillingMonth.Of(start) : null;

    public BillingMonth? LastMonth => End is { } end ? BillingMonth.Of(end) : null;

    /// <summary>Whether the enrolled period includes a day of <paramref name="month"/>.</summary>
    public bool Covers(BillingMonth month) => Intersects(month, month);

    /// <summary>The designated care manager on <paramref name="date"/>, as the history then stood.</summary>
    public StaffId? CareManagerOn(DateOnly date)
    {
        StaffId? manager = null;
        foreach (var change in InOrder().Where(e => e.CareManager is not null && e.Date <= date))
        {
            manager = change.CareManager;
        }

        return manager;
    }

    public override string ToString() => $"{Program.ToLabel()} enrollment with {Practitioner}";

    internal static ProgramEnrollment Propose(PracticeId practiceId, PatientId patientId, CareProgram program, BillingPractitioner practitioner, DateOnly date)
    {
        var enrollment = new ProgramEnrollment
        {
            Id = EnrollmentId.New(),
            PracticeId = practiceId,
            PatientId = patientId,
            Program = program,
            PractitionerId = practitioner.StaffId,
            PractitionerNpi = practitioner.Npi,
        };
        enrollment.Append(EnrollmentEventKind.Proposed, date, default);
        return enrollment;
    }

    /// <summary>Whether the enrolled period shares a month with [from, to] (to null = open-ended).</summary>
    internal bool Intersects(BillingMonth from, BillingMonth? to)
    {
        var state = Fold();
        if (state.Start is not { } start || state.End < start)
        {
            return false;
        }

        var first = BillingMonth.Of(start);
        var last = state.End is { } end ? BillingMonth.Of(end) : (BillingMonth?)null;
        return (to is null || first <= to) && (last is null || last >= from);
    }

    /// <summary>Why <paramref name="kind"/> may not happen now, or null when it may.</summary>
    internal Finding? RefusalOf(EnrollmentEventKind kind)
    {
        var state = Fold();
        if (AllowedFrom[kind].Contains(state.Status) && state.End is null)
        {
            return null;
        }

        var what = $"This {this} is {state.Status.ToProse()}";
        var message = state.End is { } end
            ? FormattableString.Invariant($"{what} and ended on {end:yyyy-MM-dd}; enrolling again needs a new enrollment.")
            : kind == EnrollmentEventKind.Enrolled && AllowedFrom[EnrollmentEventKind.Reopened].Contains(state.Status)
                ? $"{what}; reopen it as a candidate before enrolling."
                : $"{what}, so it cannot {Describe(kind)}.";
        return new Finding(EnrollmentCodes.Transition, message);
    }

    internal void Append(EnrollmentEventKind kind, DateOnly date, EnrollmentEventData data) =>
        _history.Add(EnrollmentEvent.Create(Id, _history.Count + 1, kind, date, data));

    private static string Describe(EnrollmentEventKind kind) => kind switch
    {
        EnrollmentEventKind.Enrolled => "be enrolled",
        EnrollmentEventKind.CareManagerChanged => "take a new care manager",
        EnrollmentEventKind.Unenrolled => "be unenrolled",
        EnrollmentEventKind.Transferred => "be transferred",
        EnrollmentEventKind.Reopened => "be reopened",
        _ => $"be marked {EnrollmentStatuses.StatusAfter(kind)!.Value.ToProse()}",
    };

    // A database returns rows in no particular order; the history is its sequence.
    private List<EnrollmentEvent> InOrder()
    {
        for (var i = 1; i < _history.Count; i++)
        {
            if (_history[i - 1].Sequence > _history[i].Sequence)
            {
                _history.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
                break;
            }
        }

        return _history;
    }

    private State Fold()
    {
        var state = new State(EnrollmentStatus.Candidate, null, null, null, null);
        foreach (var change in InOrder())
        {
            state = state with
            {
                Status = EnrollmentStatuses.StatusAfter(change.Kind) ?? state.Status,
                Start = change.Kind == EnrollmentEventKind.Enrolled ? change.Date : state.Start,
                End = change.EndsOn ?? state.End,
                CareManager = change.CareManager ?? state.CareManager,
                InitiatingVisit = change.InitiatingVisit ?? state.InitiatingVisit,
            };
        }

        return state;
    }

    private readonly record struct State(EnrollmentStatus Status, DateOnly? Start, DateOnly? End, StaffId? CareManager, VisitId? InitiatingVisit);
}
