namespace Chronicle.Domain.Time;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>
/// One record of the append-only time ledger. It is never changed: a correction is a new record
/// that <see cref="Replaces"/> the one it corrects and holds the corrected values; a void is a new
/// record that replaces it with nothing. An entry is in force while no record replaces it and it
/// is not itself a void. The month is fixed at recording from the local start in the practice's
/// zone, so month queries are one integer comparison on both databases.
/// </summary>
public sealed class TimeEntry
{
    private TimeEntry()
    {
        Note = null;
        RecordedById = string.Empty;
        RecordedByName = string.Empty;
    }

    public TimeEntryId Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    public CareProgram Program { get; private set; }

    public StaffId StaffId { get; private set; }

    public PerformerClass Performer { get; private set; }

    public TimeActivity Activity { get; private set; }

    /// <summary>The start as a UTC instant.</summary>
    public DateTimeOffset Start { get; private set; }

    /// <summary>The local date of the start in the practice's zone (a claim's date of service is a local date).</summary>
    public DateOnly LocalDate { get; private set; }

    /// <summary>The billing month (yyyymm) of the local start.</summary>
    public int MonthKey { get; private set; }

    public int DurationSeconds { get; private set; }

    public string? Note { get; private set; }

    public TimeSource Source { get; private set; }

    /// <summary>The patient was a hospital or SNF inpatient at the time: the minutes never count (docs/rules/ccm.md §6.3).</summary>
    public bool Inpatient { get; private set; }

    public TimeEntryKind Kind { get; private set; }

    /// <summary>The entry this correction or void replaces.</summary>
    public TimeEntryId? Replaces { get; private set; }

    /// <summary>Why: a back-dated entry's, a correction's or a void's reason.</summary>
    public string? Reason { get; private set; }

    public string RecordedById { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset End => Start.AddSeconds(DurationSeconds);

    public BillingMonth Month => BillingMonth.FromKey(MonthKey);

    /// <summary>Whole minutes of this entry alone (the ledger counts seconds and truncates totals).</summary>
    public Minutes Minutes => Minutes.FromSeconds(DurationSeconds);

    internal static TimeEntry Create(TimeEntryDraft draft, DateOnly localDate, TimeEntryKind kind, TimeEntryId? replaces, string? reason, RecordedBy by) => new()
    {
        Id = TimeEntryId.New(),
        PracticeId = draft.PracticeId,
        PatientId = draft.PatientId,
        Program = draft.Program,
        StaffId = draft.StaffId,
        Performer = draft.Performer,
        Activity = draft.Activity,
        Start = draft.Start.ToUniversalTime(),
        LocalDate = localDate,
        MonthKey = BillingMonth.Of(localDate).Key,
        DurationSeconds = draft.DurationSeconds,
        Note = string.IsNullOrWhiteSpace(draft.Note) ? null : draft.Note.Trim(),
        Source = draft.Source,
        Inpatient = draft.Inpatient,
        Kind = kind,
        Replaces = replaces,
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        RecordedById = by.UserId,
        RecordedByName = by.Name,
        RecordedAt = by.At.ToUniversalTime(),
    };

    /// <summary>The entry's values as a draft, to correct from or to void.</summary>
    public TimeEntryDraft ToDraft() =>
        new(PracticeId, PatientId, Program, StaffId, Performer, Activity, Start, DurationSeconds, Note, Source, Inpatient);

    /// <summary>The entry as the minute counter sees it.</summary>
    /// <param name="countFrom">The consent cut of the entry's patient-month, if any.</param>
    public CountableEntry ToCountable(DateOnly? countFrom = null) =>
        new(StaffId.ToString(), Start, DurationSeconds, Performer, Inpatient) { CountFrom = countFrom, RecordedAt = RecordedAt, EntryKey = Id.ToString() };
}
