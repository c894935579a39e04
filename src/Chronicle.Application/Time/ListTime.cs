namespace Chronicle.Application.Time;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Time;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// A patient's ledger for a month: every record, corrections and voids included, newest first,
/// each marked in force or replaced (and by which record), so the history of a minute is visible.
/// </summary>
public sealed class ListTime(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<TimeEntryView>>> ExecuteAsync(Guid patientId, BillingMonth? month, CancellationToken cancellationToken)
    {
        var work = new TimeWork(db, access, audit);
        var scope = await work.PatientAsync(patientId, cancellationToken);
        if (scope.Value is not { } found)
        {
            return scope.Error!;
        }

        var id = found.Patient.Id;
        var shown = month ?? found.Zone.MonthOf(clock.GetUtcNow());
        var key = shown.Key;
        var records = await db.TimeEntries.AsNoTracking()
            .Where(e => e.PatientId == id && e.MonthKey == key)
            .ToListAsync(cancellationToken);

        // A correction may move an entry to another month; the record that replaced it is looked up wherever it is.
        var ids = records.Select(e => (TimeEntryId?)e.Id).ToList();
        var replacedBy = new Dictionary<TimeEntryId, TimeEntryId>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var r in await db.TimeEntries.AsNoTracking().Where(e => chunk.Contains(e.Replaces)).Select(e => new { e.Id, e.Replaces }).ToListAsync(cancellationToken))
            {
                replacedBy[r.Replaces!.Value] = r.Id;
            }
        }

        var names = await TimeStaffNames.OfAsync(db, records.Select(e => e.StaffId), cancellationToken);
        await audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture, $"time entries {shown}: {records.Count} shown"), id, found.Practice.Id), cancellationToken);
        return records
            .OrderByDescending(e => e.Start).ThenByDescending(e => e.RecordedAt)
            .Select(e => TimeEntryView.Of(e, found.Zone, names.GetValueOrDefault(e.StaffId, "?"),
                e.Kind != TimeEntryKind.Void && !replacedBy.ContainsKey(e.Id),
                replacedBy.TryGetValue(e.Id, out var by) ? by.Value : null))
            .ToList();
    }
}

internal static class TimeStaffNames
{
    public static async Task<Dictionary<StaffId, string>> OfAsync(ChronicleDbContext db, IEnumerable<StaffId> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var staff = await db.StaffMembers.AsNoTracking().Where(s => wanted.Contains(s.Id)).ToListAsync(cancellationToken);
        return staff.ToDictionary(s => s.Id, s => s.DisplayName);
    }
}
