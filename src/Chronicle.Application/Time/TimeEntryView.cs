namespace Chronicle.Application.Time;

using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;

/// <summary>A ledger record as the UI, /api and CLI show it; <see cref="InForce"/> when it counts as written.</summary>
public sealed record TimeEntryView(
    Guid Id,
    Guid PatientId,
    string Program,
    Guid StaffId,
    string StaffName,
    string Performer,
    string Activity,
    DateTime LocalStart,
    string Month,
    int DurationSeconds,
    int Minutes,
    string? Note,
    string Source,
    bool Inpatient,
    string Kind,
    Guid? Replaces,
    string? Reason,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    bool InForce,
    Guid? ReplacedBy)
{
    internal static TimeEntryView Of(TimeEntry e, PracticeTimeZone zone, string staffName, bool inForce = true, Guid? replacedBy = null) => new(
        e.Id.Value,
        e.PatientId.Value,
        e.Program.ToCode(),
        e.StaffId.Value,
        staffName,
        e.Performer.ToCode(),
        e.Activity.ToCode(),
        zone.ToLocal(e.Start),
        e.Month.ToString(),
        e.DurationSeconds,
        e.Minutes.Value,
        e.Note,
        e.Source.ToCode(),
        e.Inpatient,
        e.Kind switch { TimeEntryKind.Correction => "correction", TimeEntryKind.Void => "void", _ => "entry" },
        e.Replaces?.Value,
        e.Reason,
        e.RecordedByName,
        e.RecordedAt,
        inForce,
        replacedBy);
}
