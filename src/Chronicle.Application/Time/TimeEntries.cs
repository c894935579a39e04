namespace Chronicle.Application.Time;

using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Time;
using Microsoft.EntityFrameworkCore;

/// <summary>The queries on the ledger the time use cases share.</summary>
internal static class TimeEntries
{
    /// <summary>Entries in force: not voids, and replaced by no other record.</summary>
    public static IQueryable<TimeEntry> InForce(ChronicleDbContext db) =>
        db.TimeEntries.AsNoTracking().Where(e => e.Kind != TimeEntryKind.Void && !db.TimeEntries.Any(r => r.Replaces == e.Id));

    public static Task<TimeEntry?> FindAsync(ChronicleDbContext db, Guid entryId, CancellationToken cancellationToken)
    {
        var id = new TimeEntryId(entryId);
        return db.TimeEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
    }

    /// <summary>The entry and the record that replaces it, if any: all the ledger needs to judge a correction or void.</summary>
    public static async Task<List<TimeEntry>> ChainAsync(ChronicleDbContext db, TimeEntry target, CancellationToken cancellationToken)
    {
        var id = target.Id;
        var replacing = await db.TimeEntries.AsNoTracking().Where(e => e.Replaces == id).ToListAsync(cancellationToken);
        return [target, .. replacing];
    }

    public static BusinessError NotFound(Guid entryId) => new(TimeCodes.NotFound, $"There is no time entry with the id {entryId}.");
}
