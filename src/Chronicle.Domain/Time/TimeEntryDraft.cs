namespace Chronicle.Domain.Time;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>
/// What a person says happened: who worked for which patient and program, when (an instant; the
/// practice's zone decides its month), for how long, doing what. <paramref name="Reason"/> explains
/// a back-dated manual entry; corrections and voids carry their own reason.
/// </summary>
public sealed record TimeEntryDraft(
    PracticeId PracticeId,
    PatientId PatientId,
    CareProgram Program,
    StaffId StaffId,
    PerformerClass Performer,
    TimeActivity Activity,
    DateTimeOffset Start,
    int DurationSeconds,
    string? Note,
    TimeSource Source,
    bool Inpatient,
    string? Reason = null)
{
    public DateTimeOffset End => Start.AddSeconds(DurationSeconds);
}

/// <summary>Who records an entry and when: the signed-in user (or import) and the clock's reading.</summary>
public sealed record RecordedBy(string UserId, string Name, DateTimeOffset At);
