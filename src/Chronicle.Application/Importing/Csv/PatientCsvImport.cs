namespace Chronicle.Application.Importing.Csv;

using Chronicle.Data;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Csv;
using Microsoft.EntityFrameworkCore;

/// <summary>The patients kind: creates or updates a practice's patients by MRN.</summary>
/// <param name="today">Today in the practice's time zone, read once by the use case.</param>
internal sealed class PatientCsvImport(ChronicleDbContext db, Practice practice, DateOnly today, string fileName, ImportReport report)
    : CsvFileImport<PatientDetails>(db, fileName, report)
{
    protected override CsvLayout Layout => PatientCsv.Layout;

    protected override string KeyColumns => "mrn";

    protected override CsvParsed<PatientDetails> Parse(CsvRow row)
    {
        var parsed = PatientCsv.Parse(row, today);

        // The aggregate's own rules have the last word, so a rule added there is never bypassed here.
        return parsed.Value?.Validate(today) is { } problem
            ? new CsvParsed<PatientDetails>(null, [new CsvProblem(row.Line, null, problem)])
            : parsed;
    }

    protected override string KeyOf(PatientDetails row) => row.Mrn;

    protected override async Task WriteAsync(IReadOnlyList<PatientDetails> chunk, WriteTally tally, CancellationToken cancellationToken)
    {
        var practiceId = practice.Id;
        var mrns = chunk.Select(p => p.Mrn).ToList();
        var existing = await Db.Patients
            .Where(p => p.PracticeId == practiceId && mrns.Contains(p.Mrn))
            .ToDictionaryAsync(p => p.Mrn, StringComparer.Ordinal, cancellationToken);
        foreach (var details in chunk)
        {
            if (existing.TryGetValue(details.Mrn, out var patient))
            {
                // The file has no date of death; one recorded from another source is kept.
                tally.AddExisting(patient.Update(details with { DeceasedOn = patient.DeceasedOn }, today));
            }
            else
            {
                Db.Patients.Add(Patient.Create(practiceId, details, today));
                tally.AddCreated();
            }
        }
    }
}
