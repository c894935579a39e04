namespace Chronicle.Application.Time;

using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;
using Microsoft.EntityFrameworkCore;

/// <summary>A month's counts for one patient and program, with each of its entries' counts.</summary>
internal sealed record PatientProgramMonth(PatientId PatientId, CareProgram Program, MonthMinutes Minutes, IReadOnlyList<(TimeEntry Entry, EntryCount Count)> Entries);

/// <summary>
/// Reads the in-force entries a month's count needs, and the consent cuts of its patient-months,
/// in a few set-based queries and applies <see cref="CountableMinutes"/> once over them: the month's entries and, for overlaps across the
/// month boundary, the end of the month before (no entry lasts longer than the policy's limit).
/// </summary>
internal static class TimeMonthCounter
{
    private static readonly TimeSpan Reach = TimePolicy.Default.MaxDuration;

    /// <summary>Every patient and program of the practice with entries in the month.</summary>
    public static async Task<List<PatientProgramMonth>> PracticeAsync(ChronicleDbContext db, PracticeId practiceId, PracticeTimeZone zone, BillingMonth month, CancellationToken cancellationToken)
    {
        var (start, _) = zone.Bounds(month);
        var before = start - Reach;
        int key = month.Key, previous = month.Previous().Key;
        var entries = await TimeEntries.InForce(db)
            .Where(e => e.PracticeId == practiceId && (e.MonthKey == key || (e.MonthKey == previous && e.Start >= before)))
            .ToListAsync(cancellationToken);
        var cuts = await ConsentCuts.ReadAsync(db, practiceId, null, month, cancellationToken);
        return Count(entries, zone, month, cuts);
    }

    /// <summary>One patient's programs in the month, merged against everything the same people logged for other patients.</summary>
    public static async Task<List<PatientProgramMonth>> PatientAsync(ChronicleDbContext db, PatientId patientId, PracticeTimeZone zone, BillingMonth month, CancellationToken cancellationToken)
    {
        var (start, _) = zone.Bounds(month);
        var before = start - Reach;
        int key = month.Key, previous = month.Previous().Key;
        var staff = await TimeEntries.InForce(db)
            .Where(e => e.PatientId == patientId && e.MonthKey == key)
            .Select(e => e.StaffId)
            .Distinct()
            .ToListAsync(cancellationToken);
        if (staff.Count == 0)
        {
            return [];
        }

        var entries = await TimeEntries.InForce(db)
            .Where(e => staff.Contains(e.StaffId) && (e.MonthKey == key || (e.MonthKey == previous && e.Start >= before)))
            .ToListAsync(cancellationToken);
        var cuts = await ConsentCuts.ReadAsync(db, default, [patientId], month, cancellationToken);
        return Count(entries, zone, month, cuts).Where(m => m.PatientId == patientId).ToList();
    }

    /// <summary>
    /// Some patients' programs in the month (a care manager's list), counted exactly as
    /// <see cref="PracticeAsync"/> would: overlaps merge per person, so the entries needed are
    /// everything the people who logged for these patients logged in the month, and nothing else.
    /// </summary>
    public static async Task<List<PatientProgramMonth>> PatientsAsync(
        ChronicleDbContext db, PracticeId practiceId, IReadOnlyCollection<PatientId> patientIds, PracticeTimeZone zone, BillingMonth month, CancellationToken cancellationToken)
    {
        if (patientIds.Count == 0)
        {
            return [];
        }

        var (start, _) = zone.Bounds(month);
        var before = start - Reach;
        int key = month.Key, previous = month.Previous().Key;
        var staff = new HashSet<StaffId>();
        foreach (var chunk in patientIds.Chunk(500))
        {
            // No practice filter in SQL: the patients are the practice's, and naming the practice
            // lets SQLite's planner pick the (practice, month) index and scan the whole month.
            staff.UnionWith(await TimeEntries.InForce(db)
                .Where(e => e.MonthKey == key && chunk.Contains(e.PatientId))
                .Select(e => e.StaffId)
                .Distinct()
                .ToListAsync(cancellationToken));
        }

        if (staff.Count == 0)
        {
            return [];
        }

        var people = staff.ToList();
        var end = zone.Bounds(month).End;

        // The range on Start says the same as the month keys, in the terms of the (staff, start) index;
        // the practice is checked after reading, for the same reason as above (staff are a practice's own).
        var entries = (await TimeEntries.InForce(db)
            .Where(e => people.Contains(e.StaffId) && e.Start >= before && e.Start < end
                && (e.MonthKey == key || (e.MonthKey == previous && e.Start >= before)))
            .ToListAsync(cancellationToken)).Where(e => e.PracticeId == practiceId).ToList();
        var wanted = patientIds.ToHashSet();
        var cuts = await ConsentCuts.ReadAsync(db, practiceId, patientIds, month, cancellationToken);
        return Count(entries, zone, month, cuts).Where(m => wanted.Contains(m.PatientId)).ToList();
    }

    /// <param name="cuts">The consent cut of each patient-month that has one (<see cref="ConsentCuts"/>).</param>
    public static List<PatientProgramMonth> Count(List<TimeEntry> entries, PracticeTimeZone zone, BillingMonth month, IReadOnlyDictionary<(PatientId, CareProgram), DateOnly> cuts)
    {
        // Start order for showing; the merge's own order (start, recorded, id) is the counter's.
        var ordered = entries.OrderBy(e => e.Start).ThenBy(e => e.Id.Value).ToList();
        var counts = CountableMinutes.CountEach(
            ordered.Select(e => e.ToCountable(cuts.TryGetValue((e.PatientId, e.Program), out var cut) ? cut : null)).ToList(), month, zone);
        return ordered
            .Select((entry, i) => (Entry: entry, Count: counts[i]))
            .Where(x => x.Count.InMonth)
            .GroupBy(x => (x.Entry.PatientId, x.Entry.Program))
            .Select(g => new PatientProgramMonth(g.Key.PatientId, g.Key.Program, MonthMinutes.Of(g.Select(x => x.Count)), g.ToList()))
            .ToList();
    }
}
