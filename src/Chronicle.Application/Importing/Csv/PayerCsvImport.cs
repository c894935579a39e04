namespace Chronicle.Application.Importing.Csv;

using Chronicle.Data;
using Chronicle.Domain.Payers;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Csv;
using Microsoft.EntityFrameworkCore;

/// <summary>The payers kind: creates or updates entries of the practice's payer directory by payer_id.</summary>
internal sealed class PayerCsvImport(ChronicleDbContext db, Practice practice, string fileName, ImportReport report)
    : CsvFileImport<PayerDetails>(db, fileName, report)
{
    protected override CsvLayout Layout => PayerCsv.Layout;

    protected override string KeyColumns => "payer_id";

    protected override CsvParsed<PayerDetails> Parse(CsvRow row) => PayerCsv.Parse(row);

    protected override string KeyOf(PayerDetails row) => row.Code;

    protected override async Task WriteAsync(IReadOnlyList<PayerDetails> chunk, WriteTally tally, CancellationToken cancellationToken)
    {
        var practiceId = practice.Id;
        var codes = chunk.Select(p => p.Code).ToList();
        var existing = await Db.Payers
            .Where(p => p.PracticeId == practiceId && codes.Contains(p.Code))
            .ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var details in chunk)
        {
            if (existing.TryGetValue(details.Code, out var payer))
            {
                tally.AddExisting(payer.Update(details));
            }
            else
            {
                Db.Payers.Add(Payer.Create(practiceId, details));
                tally.AddCreated();
            }
        }
    }
}
