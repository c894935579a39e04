namespace Chronicle.Application.Importing.Csv;

using Chronicle.Data;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Csv;
using Microsoft.EntityFrameworkCore;

/// <summary>The practice kind: creates or updates practices by group NPI.</summary>
internal sealed class PracticeCsvImport(ChronicleDbContext db, string fileName, ImportReport report)
    : CsvFileImport<PracticeDetails>(db, fileName, report)
{
    protected override CsvLayout Layout => PracticeCsv.Layout;

    protected override string KeyColumns => "npi";

    protected override CsvParsed<PracticeDetails> Parse(CsvRow row) => PracticeCsv.Parse(row);

    protected override string KeyOf(PracticeDetails row) => row.GroupNpi.Value;

    protected override async Task WriteAsync(IReadOnlyList<PracticeDetails> chunk, WriteTally tally, CancellationToken cancellationToken)
    {
        var npis = chunk.Select(p => p.GroupNpi).ToList();
        var existing = await Db.Practices
            .Where(p => npis.Contains(p.GroupNpi))
            .ToDictionaryAsync(p => p.GroupNpi, cancellationToken);
        foreach (var details in chunk)
        {
            if (existing.TryGetValue(details.GroupNpi, out var practice))
            {
                tally.AddExisting(practice.Update(details));
            }
            else
            {
                Db.Practices.Add(Practice.Create(details));
                tally.AddCreated();
            }
        }
    }
}
