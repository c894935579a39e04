namespace Chronicle.Application.Importing.Csv;

using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Kinds whose rows name a patient by MRN (conditions, visits): before anything is written, every
/// MRN is looked up in the practice, a chunk of MRNs per query, and a row naming an unknown one is rejected.
/// </summary>
internal abstract class PatientLinkedCsvImport<TRow>(ChronicleDbContext db, Practice practice, string fileName, ImportReport report)
    : CsvFileImport<TRow>(db, fileName, report)
    where TRow : class
{
    private readonly Dictionary<string, PatientId> _patientByMrn = new(StringComparer.Ordinal);

    protected Practice Practice => practice;

    protected abstract string MrnOf(TRow row);

    protected PatientId PatientOf(TRow row) => _patientByMrn[MrnOf(row)];

    protected bool TryPatientOf(TRow row, out PatientId patientId) => _patientByMrn.TryGetValue(MrnOf(row), out patientId);
    protected bool IsKnownPatient(TRow row) => _patientByMrn.ContainsKey(MrnOf(row));

    protected override async Task CheckAsync(IReadOnlyList<NumberedRow<TRow>> rows, CancellationToken cancellationToken)
    {
        var practiceId = practice.Id;
        foreach (var chunk in rows.Select(r => MrnOf(r.Row)).Distinct(StringComparer.Ordinal).Chunk(ChunkSize))
        {
            var found = await Db.Patients.AsNoTracking()
                .Where(p => p.PracticeId == practiceId && chunk.Contains(p.Mrn))
                .Select(p => new { p.Mrn, p.Id })
                .ToListAsync(cancellationToken);
            foreach (var patient in found)
            {
                _patientByMrn[patient.Mrn] = patient.Id;
            }
        }

        foreach (var row in rows.Where(r => !_patientByMrn.ContainsKey(MrnOf(r.Row))))
        {
            Reject(row.Line, "mrn", $"No patient of {practice.Name} has the MRN {MrnOf(row.Row)}; import the patients file first.");
        }
    }
}
