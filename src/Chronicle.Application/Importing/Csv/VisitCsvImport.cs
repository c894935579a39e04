namespace Chronicle.Application.Importing.Csv;

using Chronicle.Data;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Csv;
using Microsoft.EntityFrameworkCore;

/// <summary>The visits kind: creates visits by patient and (date, code, NPI); a visit seen before is unchanged.</summary>
internal sealed class VisitCsvImport(ChronicleDbContext db, Practice practice, string fileName, ImportReport report)
    : PatientLinkedCsvImport<VisitCsvRow>(db, practice, fileName, report)
{
    protected override CsvLayout Layout => VisitCsv.Layout;

    protected override string KeyColumns => "mrn, date, code, npi";

    protected override CsvParsed<VisitCsvRow> Parse(CsvRow row) => VisitCsv.Parse(row);

    protected override string KeyOf(VisitCsvRow row) => $"{row.Mrn}\n{row.Details.SourceKey}";

    protected override string MrnOf(VisitCsvRow row) => row.Mrn;

    protected override async Task WriteAsync(IReadOnlyList<VisitCsvRow> chunk, WriteTally tally, CancellationToken cancellationToken)
    {
        var patientIds = chunk.Select(PatientOf).Distinct().ToList();
        var keys = chunk.Select(r => r.Details.SourceKey).Distinct(StringComparer.Ordinal).ToList();
        var existing = await Db.Visits
            .Where(v => patientIds.Contains(v.PatientId) && keys.Contains(v.SourceKey))
            .ToDictionaryAsync(v => (v.PatientId, v.SourceKey), cancellationToken);
        foreach (var row in chunk)
        {
            var patientId = PatientOf(row);
            if (existing.TryGetValue((patientId, row.Details.SourceKey), out var visit))
            {
                tally.AddExisting(visit.Update(row.Details));
            }
            else
            {
                Db.Visits.Add(Visit.Create(Practice.Id, patientId, row.Details));
                tally.AddCreated();
            }
        }
    }
}
