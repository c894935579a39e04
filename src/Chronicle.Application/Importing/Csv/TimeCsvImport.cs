namespace Chronicle.Application.Importing.Csv;

using System.Globalization;
using Chronicle.Application.Time;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;
using Chronicle.Interop.Csv;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The time kind. Each row is checked by the same ledger rules as time logged in the app (no
/// future entries, no locked months, length limits) before anything is written. An entry is known
/// by patient, program, staff member and start: importing a file again finds its entries unchanged,
/// and a row whose minutes, activity, note or inpatient flag changed since is written as a
/// correction of the imported entry (the ledger is append-only), counted as updated.
/// </summary>
internal sealed class TimeCsvImport(ChronicleDbContext db, Practice practice, TimePolicy policy, RecordedBy by, string fileName, ImportReport report)
    : PatientLinkedCsvImport<TimeCsvRow>(db, practice, fileName, report)
{
    private readonly Dictionary<string, StaffMember> _staffById = new(StringComparer.Ordinal);
    private readonly Dictionary<TimeCsvRow, DateTimeOffset> _start = new(ReferenceEqualityComparer.Instance);
    private Dictionary<(PatientId, int), MonthLock> _locked = [];

    protected override CsvLayout Layout => TimeCsv.Layout;

    protected override string KeyColumns => "mrn, program, staff_id, start";

    protected override CsvParsed<TimeCsvRow> Parse(CsvRow row) => TimeCsv.Parse(row);

    protected override string KeyOf(TimeCsvRow row) =>
        string.Create(CultureInfo.InvariantCulture, $"{row.Mrn}\n{row.Program}\n{row.StaffId}\n{row.LocalStart:yyyy-MM-ddTHH:mm:ss}");

    protected override string MrnOf(TimeCsvRow row) => row.Mrn;

    protected override async Task CheckAsync(IReadOnlyList<NumberedRow<TimeCsvRow>> rows, CancellationToken cancellationToken)
    {
        await base.CheckAsync(rows, cancellationToken);
        var practiceId = Practice.Id;
        foreach (var staff in await Db.StaffMembers.AsNoTracking().Where(s => s.PracticeId == practiceId).ToListAsync(cancellationToken))
        {
            _staffById[staff.ExternalId] = staff;
        }

        _locked = (await Db.MonthLocks.AsNoTracking().Where(l => l.PracticeId == practiceId).ToListAsync(cancellationToken))
            .ToDictionary(l => (l.PatientId, l.MonthKey));
        foreach (var (line, row) in rows)
        {
            if (!_staffById.TryGetValue(row.StaffId, out var staff))
            {
                Reject(line, "staff_id", $"{Practice.Name} has no staff member {row.StaffId}; import the staff file first.");
                continue;
            }

            var instant = Practice.TimeZone.TryToInstant(row.LocalStart);
            if (!instant.IsValid)
            {
                Reject(line, "start", instant.Error!);
                continue;
            }

            if (!TryPatientOf(row, out var patientId))
            {
                continue;
            }

            var month = Practice.TimeZone.MonthOf(instant.Value).Key;
            var locked = _locked.TryGetValue((patientId, month), out var held) ? [held] : Array.Empty<MonthLock>();
            var outcome = new TimeLedger(Practice.TimeZone, policy, [], locked).Log(Draft(row, patientId, staff, instant.Value), by);
            if (outcome.Failure is { } refused)
            {
                Reject(line, refused.Code == TimeCodes.Future || refused.Code == TimeCodes.MonthLocked ? "start" : "minutes", $"{refused.Code}: {refused.Message}");
                continue;
            }

            _start[row] = instant.Value;
        }
    }

    protected override async Task WriteAsync(IReadOnlyList<TimeCsvRow> chunk, WriteTally tally, CancellationToken cancellationToken)
    {
        var patientIds = chunk.Select(PatientOf).Distinct().ToList();
        var starts = chunk.Select(r => _start[r]).Distinct().ToList();
        var existing = (await TimeEntries.InForce(Db)
                .Where(e => patientIds.Contains(e.PatientId) && starts.Contains(e.Start) && e.Source == TimeSource.Import)
                .ToListAsync(cancellationToken))
            .GroupBy(e => (e.PatientId, e.Program, e.StaffId, e.Start))
            .ToDictionary(g => g.Key, g => g.First());
        foreach (var row in chunk)
        {
            var staff = _staffById[row.StaffId];
            var draft = Draft(row, PatientOf(row), staff, _start[row]);
            if (!existing.TryGetValue((draft.PatientId, draft.Program, draft.StaffId, draft.Start), out var entry))
            {
                Db.TimeEntries.Add(new TimeLedger(Practice.TimeZone, policy, [], Array.Empty<MonthLock>()).Log(draft, by).GetValueOrThrow());
                tally.AddCreated();
                continue;
            }

            var changed = draft with { Performer = entry.Performer } != entry.ToDraft();
            if (changed)
            {
                var correction = new TimeLedger(Practice.TimeZone, policy, [entry], Array.Empty<MonthLock>()).Correct(entry.Id, draft with { Performer = entry.Performer }, "Imported again with changed values", by);
                Db.TimeEntries.Add(correction.GetValueOrThrow());
            }

            tally.AddExisting(changed);
        }
    }

    private TimeEntryDraft Draft(TimeCsvRow row, PatientId patientId, StaffMember staff, DateTimeOffset start) => new(
        Practice.Id, patientId, row.Program, staff.Id, PerformerClasses.FromRole(staff.Role), row.Activity, start, row.DurationSeconds,
        row.Note, TimeSource.Import, row.Inpatient);
}
