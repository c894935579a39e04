namespace Chronicle.Application.Importing.Csv;

using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The enrollments and consents kinds change a patient's aggregate (ADR 0080), whose rules span
/// rows: an enrollment may be refused because of another in the same file. So the check phase
/// replays the whole file, in file order, on copies of the aggregates read from the database, and
/// rejects each row the aggregate refuses with its finding; the write phase replays the good rows
/// on the tracked aggregates. The staff the rows name (by NPI and staff_id) are read once.
/// </summary>
internal abstract class EnrollmentAggregateCsvImport<TRow, TAggregate>(ChronicleDbContext db, Practice practice, DateOnly today, string fileName, ImportReport report)
    : PatientLinkedCsvImport<TRow>(db, practice, fileName, report)
    where TRow : class
    where TAggregate : class
{
    private readonly Dictionary<TRow, int> _lineOf = new(ReferenceEqualityComparer.Instance);
    private List<StaffMember> _staff = [];

    protected DateOnly Today => today;

    protected override async Task CheckAsync(IReadOnlyList<NumberedRow<TRow>> rows, CancellationToken cancellationToken)
    {
        await base.CheckAsync(rows, cancellationToken);
        var practiceId = Practice.Id;
        _staff = await Db.StaffMembers.AsNoTracking().Where(s => s.PracticeId == practiceId).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            _lineOf[row.Row] = row.Line;
        }

        var known = rows.Where(r => !IsRejected(r.Line) && IsKnownPatient(r.Row)).ToList();
        foreach (var patients in known.Select(r => PatientOf(r.Row)).Distinct().Chunk(ChunkSize))
        {
            var copies = await LoadAsync(patients, track: false, cancellationToken);
            var set = patients.ToHashSet();
            foreach (var row in known.Where(r => set.Contains(PatientOf(r.Row))))
            {
                var patient = PatientOf(row.Row);
                if (!copies.TryGetValue(patient, out var aggregate))
                {
                    aggregate = Create(patient);
                    copies.Add(patient, aggregate);
                }

                if (Apply(aggregate, row.Row) is { Refusal: { } refusal } result)
                {
                    Reject(row.Line, result.Column, refusal);
                }
            }
        }
    }

    protected override async Task WriteAsync(IReadOnlyList<TRow> chunk, WriteTally tally, CancellationToken cancellationToken)
    {
        var aggregates = await LoadAsync(chunk.Select(PatientOf).Distinct().ToList(), track: true, cancellationToken);
        foreach (var row in chunk)
        {
            var patient = PatientOf(row);
            if (!aggregates.TryGetValue(patient, out var aggregate))
            {
                aggregate = Create(patient);
                Db.Add(aggregate);
                aggregates.Add(patient, aggregate);
            }

            var result = Apply(aggregate, row);
            if (result.Refusal is { } refusal)
            {
                // Only with --partial: a row that depended on a rejected one.
                Reject(_lineOf[row], result.Column, refusal);
            }
            else if (result.Created)
            {
                tally.AddCreated();
            }
            else
            {
                tally.AddExisting(result.Changed);
            }
        }
    }

    protected abstract Task<Dictionary<PatientId, TAggregate>> LoadAsync(IReadOnlyCollection<PatientId> patients, bool track, CancellationToken cancellationToken);

    protected abstract TAggregate Create(PatientId patient);

    /// <summary>Applies one row to the patient's aggregate: what it did, or why it was refused (and then nothing changed).</summary>
    protected abstract RowOutcome Apply(TAggregate aggregate, TRow row);

    protected StaffMember? PractitionerWith(Npi npi) =>
        _staff.Find(s => s.Role == StaffRole.BillingPractitioner && s.Npi == npi);

    protected StaffMember? StaffWith(string staffId) =>
        _staff.Find(s => string.Equals(s.ExternalId, staffId, StringComparison.Ordinal));

    protected string NoPractitioner(Npi npi) =>
        $"No billing practitioner of {Practice.Name} has the NPI {npi}; import the staff file first.";

    protected string NoStaff(string staffId) =>
        $"{Practice.Name} has no staff member with the staff_id {staffId}; import the staff file first.";
}

/// <summary>What applying a row did: created a record, changed one, changed nothing, or was refused.</summary>
internal readonly record struct RowOutcome(bool Created, bool Changed, string? Column, string? Refusal)
{
    public static RowOutcome New => new(true, true, null, null);

    public static RowOutcome Same => new(false, false, null, null);

    public static RowOutcome Updated => new(false, true, null, null);

    public static RowOutcome Refused(string column, string reason) => new(false, false, column, reason);
}
