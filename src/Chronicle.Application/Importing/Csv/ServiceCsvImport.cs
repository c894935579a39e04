namespace Chronicle.Application.Importing.Csv;

using Chronicle.Data;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Csv;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The services kind: other billed services by patient and (code, date, NPI), for the month close's
/// conflict rules; a service seen before is unchanged, or updated when its source changed.
/// </summary>
internal sealed class ServiceCsvImport(ChronicleDbContext db, Practice practice, string fileName, ImportReport report)
    : PatientLinkedCsvImport<ServiceCsvRow>(db, practice, fileName, report)
{
    protected override CsvLayout Layout => ServiceCsv.Layout;

    protected override string KeyColumns => "mrn, code, date, npi";

    protected override CsvParsed<ServiceCsvRow> Parse(CsvRow row) => ServiceCsv.Parse(row);

    protected override string KeyOf(ServiceCsvRow row) => $"{row.Mrn}\n{row.Key}";

    protected override string MrnOf(ServiceCsvRow row) => row.Mrn;

    protected override async Task WriteAsync(IReadOnlyList<ServiceCsvRow> chunk, WriteTally tally, CancellationToken cancellationToken)
    {
        var patientIds = chunk.Select(PatientOf).Distinct().ToList();
        var existing = (await Db.OtherBilledServices.Where(s => patientIds.Contains(s.PatientId)).ToListAsync(cancellationToken))
            .ToDictionary(s => (s.PatientId, s.Code, s.Date, s.Npi));
        foreach (var row in chunk)
        {
            var patientId = PatientOf(row);
            if (existing.TryGetValue((patientId, row.Code, row.Date, row.Npi), out var service))
            {
                tally.AddExisting(service.Update(row.Source));
            }
            else
            {
                Db.OtherBilledServices.Add(OtherBilledService.Create(Practice.Id, patientId, row.Code, row.Date, row.Npi, row.Source));
                tally.AddCreated();
            }
        }
    }
}
