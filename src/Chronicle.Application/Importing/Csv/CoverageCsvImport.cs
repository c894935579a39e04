namespace Chronicle.Application.Importing.Csv;

using System.Globalization;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Payers;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Csv;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The coverage kind. A row's payer must be in the practice's directory; its member id and dates are
/// checked by <see cref="CoverageRules"/>, and since "one primary at a time" spans rows, the check
/// phase replays the file in order on copies of each patient's stored coverage (as the enrollment
/// kinds do). A row with the same patient, payer, order and start as a stored coverage updates it.
/// </summary>
internal sealed class CoverageCsvImport(ChronicleDbContext db, Practice practice, string fileName, ImportReport report)
    : PatientLinkedCsvImport<CoverageCsvRow>(db, practice, fileName, report)
{
    private readonly Dictionary<CoverageCsvRow, int> _lineOf = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, Payer> _payers = new(StringComparer.Ordinal);

    protected override CsvLayout Layout => CoverageCsv.Layout;

    protected override string KeyColumns => "mrn, payer_id, order, start_date";

    protected override CsvParsed<CoverageCsvRow> Parse(CsvRow row) => CoverageCsv.Parse(row);

    protected override string KeyOf(CoverageCsvRow row) =>
        string.Create(CultureInfo.InvariantCulture, $"{row.Mrn}\n{row.PayerCode}\n{row.Order}\n{row.Start:yyyy-MM-dd}");

    protected override string MrnOf(CoverageCsvRow row) => row.Mrn;

    protected override async Task CheckAsync(IReadOnlyList<NumberedRow<CoverageCsvRow>> rows, CancellationToken cancellationToken)
    {
        await base.CheckAsync(rows, cancellationToken);
        var practiceId = Practice.Id;
        _payers = await Db.Payers.AsNoTracking().Where(p => p.PracticeId == practiceId).ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var row in rows)
        {
            _lineOf[row.Row] = row.Line;
            if (!_payers.ContainsKey(row.Row.PayerCode))
            {
                Reject(row.Line, "payer_id", $"{Practice.Name} has no payer with the payer id {row.Row.PayerCode}; import the payers file first.");
            }
        }

        var known = rows.Where(r => !IsRejected(r.Line) && IsKnownPatient(r.Row)).ToList();
        foreach (var patients in known.Select(r => PatientOf(r.Row)).Distinct().Chunk(ChunkSize))
        {
            var copies = await LoadAsync(patients, track: false, cancellationToken);
            var set = patients.ToHashSet();
            foreach (var row in known.Where(r => set.Contains(PatientOf(r.Row))))
            {
                if (Apply(copies, row.Row) is { Refusal: { } refusal } change)
                {
                    Reject(row.Line, change.Field, refusal);
                }
            }
        }
    }

    protected override async Task WriteAsync(IReadOnlyList<CoverageCsvRow> chunk, WriteTally tally, CancellationToken cancellationToken)
    {
        var coverage = await LoadAsync(chunk.Select(PatientOf).Distinct().ToList(), track: true, cancellationToken);
        foreach (var row in chunk)
        {
            var change = Apply(coverage, row);
            if (change.Refusal is { } refusal)
            {
                // Only with --partial: a row that depended on a rejected one.
                Reject(_lineOf[row], change.Field, refusal);
            }
            else if (change.Created)
            {
                Db.Coverages.Add(change.Coverage!);
                tally.AddCreated();
            }
            else
            {
                tally.AddExisting(change.Changed);
            }
        }
    }

    private CoverageChange Apply(Dictionary<PatientId, List<Coverage>> coverage, CoverageCsvRow row)
    {
        var patient = PatientOf(row);
        if (!coverage.TryGetValue(patient, out var list))
        {
            list = [];
            coverage.Add(patient, list);
        }

        var payer = _payers[row.PayerCode];
        var same = list.FirstOrDefault(c => c.PayerId == payer.Id && c.Order == row.Order && c.Start == row.Start);
        var details = new CoverageDetails(payer.Id, row.MemberId, row.PlanType, row.Order, row.Start, row.End);
        return CoverageRules.Apply(list, Practice.Id, patient, payer, details, same?.Id);
    }

    private async Task<Dictionary<PatientId, List<Coverage>>> LoadAsync(IReadOnlyCollection<PatientId> patients, bool track, CancellationToken cancellationToken)
    {
        var query = Db.Coverages.Where(c => patients.Contains(c.PatientId));
        var rows = await (track ? query : query.AsNoTracking()).ToListAsync(cancellationToken);
        return rows.GroupBy(c => c.PatientId).ToDictionary(g => g.Key, g => g.ToList());
    }
}
