namespace Chronicle.Application.Importing.Csv;

using Chronicle.Data;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Csv;
using Microsoft.EntityFrameworkCore;

/// <summary>The staff kind: creates or updates a practice's staff by their staff_id.</summary>
internal sealed class StaffCsvImport(ChronicleDbContext db, Practice practice, string fileName, ImportReport report)
    : CsvFileImport<StaffDetails>(db, fileName, report)
{
    protected override CsvLayout Layout => StaffCsv.Layout;

    protected override string KeyColumns => "staff_id";

    protected override CsvParsed<StaffDetails> Parse(CsvRow row) => StaffCsv.Parse(row);

    protected override string KeyOf(StaffDetails row) => row.ExternalId;

    protected override async Task WriteAsync(IReadOnlyList<StaffDetails> chunk, WriteTally tally, CancellationToken cancellationToken)
    {
        var practiceId = practice.Id;
        var ids = chunk.Select(s => s.ExternalId).ToList();
        var existing = await Db.StaffMembers
            .Where(s => s.PracticeId == practiceId && ids.Contains(s.ExternalId))
            .ToDictionaryAsync(s => s.ExternalId, StringComparer.Ordinal, cancellationToken);
        foreach (var details in chunk)
        {
            if (existing.TryGetValue(details.ExternalId, out var member))
            {
                tally.AddExisting(member.Update(details));
            }
            else
            {
                Db.StaffMembers.Add(StaffMember.Create(practiceId, details));
                tally.AddCreated();
            }
        }
    }
}
