namespace Chronicle.Application.Importing.Csv;

using Chronicle.Data;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Eligibility;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Csv;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The conditions kind: creates or updates conditions by patient and source key
/// ("csv:" + code + ":" + onset), checking codes against the loaded ICD-10-CM release and
/// classifying them as chronic or not unless the chronic column says.
/// </summary>
internal sealed class ConditionCsvImport(
    ChronicleDbContext db, Practice practice, Icd10CodeSet codeSet, ChronicClassifier classifier, string fileName, ImportReport report)
    : PatientLinkedCsvImport<ConditionCsvRow>(db, practice, fileName, report)
{
    protected override CsvLayout Layout => ConditionCsv.Layout;

    protected override string KeyColumns => "mrn, code, onset_date";

    protected override CsvParsed<ConditionCsvRow> Parse(CsvRow row) => ConditionCsv.Parse(row, codeSet);

    protected override string KeyOf(ConditionCsvRow row) => $"{row.Mrn}\n{row.Details.SourceKey}";

    protected override string MrnOf(ConditionCsvRow row) => row.Mrn;

    protected override async Task WriteAsync(IReadOnlyList<ConditionCsvRow> chunk, WriteTally tally, CancellationToken cancellationToken)
    {
        var patientIds = chunk.Select(PatientOf).Distinct().ToList();
        var keys = chunk.Select(r => r.Details.SourceKey).Distinct(StringComparer.Ordinal).ToList();
        var existing = await Db.Conditions
            .Where(c => patientIds.Contains(c.PatientId) && keys.Contains(c.SourceKey))
            .ToDictionaryAsync(c => (c.PatientId, c.SourceKey), cancellationToken);
        foreach (var row in chunk)
        {
            var patientId = PatientOf(row);
            var classification = classifier.Classify(CodeSystem.Icd10Cm, row.Details.Code, row.Details.Icd10);
            if (existing.TryGetValue((patientId, row.Details.SourceKey), out var condition))
            {
                tally.AddExisting(condition.Update(row.Details, classification));
            }
            else
            {
                Db.Conditions.Add(Condition.Create(Practice.Id, patientId, row.Details, classification));
                tally.AddCreated();
            }
        }
    }
}
