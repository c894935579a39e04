namespace Chronicle.Domain.Time;

using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;

/// <summary>
/// An entry as the minute counter needs it. <paramref name="StaffKey"/> names the person (entries
/// of one person are merged where they overlap, across patients); <paramref name="Start"/> is an
/// instant, whose local date in the practice's zone decides the month.
/// </summary>
public sealed record CountableEntry(string StaffKey, DateTimeOffset Start, int DurationSeconds, PerformerClass Performer, bool Inpatient)
{
    public DateTimeOffset End => Start.AddSeconds(DurationSeconds);
}

/// <summary>Why an entry's seconds do not count (or count only in part).</summary>
public enum TimeExclusion
{
    None = 0,
    OutsideMonth = 1,
    NonClinical = 2,
    Inpatient = 3,
}

/// <summary>
/// What one entry contributes to a month: <paramref name="CountedSeconds"/> after the overlap
/// merge; <paramref name="OverlapSeconds"/> the part another entry of the same person already
/// counted; <paramref name="Overlaps"/> whether it meets another entry of the same person at all
/// (both of two overlapping entries are flagged, though only the later one loses seconds).
/// </summary>
public sealed record EntryCount(CountableEntry Entry, TimeExclusion Exclusion, int CountedSeconds, int OverlapSeconds, bool Overlaps)
{
    public bool InMonth => Exclusion != TimeExclusion.OutsideMonth;
}

/// <summary>
/// The one counting rule for care-management minutes, shared by the time ledger's views and the
/// billing engine (docs/spec/billing-scenario.md "Rules" 1 and 4):
/// an entry belongs to the month of its local start in the practice's zone; non-clinical and
/// inpatient time never counts (docs/rules/ccm.md §6.3); entries of one person that overlap count once
/// (§2 rule 2), the earlier-starting entry keeping the shared seconds, so a patient's count does not
/// depend on which other patients' entries are looked at, only on that person's entries; seconds
/// are summed per performer class and the total is truncated to whole minutes (thresholds are hard
/// minimums, §1.1). Consent and enrollment are not its business: the billing engine narrows the
/// entries it passes.
/// </summary>
public static class CountableMinutes
{
    /// <summary>
    /// Counts every entry for <paramref name="month"/>, in the order given. Pass each person's
    /// entries around the month (overlaps across the month boundary and across patients are
    /// merged the same way), and sum the results of the patient and program wanted with
    /// <see cref="MonthMinutes.Of"/>. Entries that start at the same instant keep their given order.
    /// </summary>
    public static IReadOnlyList<EntryCount> CountEach(IReadOnlyList<CountableEntry> entries, BillingMonth month, PracticeTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(zone);
        var results = new EntryCount[entries.Count];
        var byStaff = Enumerable.Range(0, entries.Count).GroupBy(i => entries[i].StaffKey, StringComparer.Ordinal);
        foreach (var person in byStaff)
        {
            var ordered = person.OrderBy(i => entries[i].Start).ToList();
            var flagged = FlagOverlaps(entries, ordered);

            // Only countable entries claim seconds: an inpatient or non-clinical entry takes nothing away.
            var coveredUntil = DateTimeOffset.MinValue;
            foreach (var i in ordered)
            {
                var entry = entries[i];
                var exclusion = ExclusionOf(entry, month, zone);
                var counted = 0;
                var overlap = 0;
                if (exclusion is TimeExclusion.None or TimeExclusion.OutsideMonth && entry.Performer != PerformerClass.NonClinical && !entry.Inpatient)
                {
                    var from = entry.Start > coveredUntil ? entry.Start : coveredUntil;
                    counted = from >= entry.End ? 0 : (int)(entry.End - from).TotalSeconds;
                    overlap = entry.DurationSeconds - counted;
                    if (entry.End > coveredUntil)
                    {
                        coveredUntil = entry.End;
                    }
                }

                results[i] = exclusion == TimeExclusion.None
                    ? new EntryCount(entry, exclusion, counted, overlap, flagged.Contains(i))
                    : new EntryCount(entry, exclusion, 0, 0, flagged.Contains(i));
            }
        }

        return results;
    }

    /// <summary>The month's minutes of all the entries given (one patient's, as the billing engine passes them).</summary>
    public static MonthMinutes Count(IReadOnlyList<CountableEntry> entries, BillingMonth month, PracticeTimeZone zone) =>
        MonthMinutes.Of(CountEach(entries, month, zone));

    private static TimeExclusion ExclusionOf(CountableEntry entry, BillingMonth month, PracticeTimeZone zone)
    {
        if (zone.MonthOf(entry.Start) != month)
        {
            return TimeExclusion.OutsideMonth;
        }

        if (entry.Performer == PerformerClass.NonClinical)
        {
            return TimeExclusion.NonClinical;
        }

        return entry.Inpatient ? TimeExclusion.Inpatient : TimeExclusion.None;
    }

    /// <summary>
    /// Indexes of entries that meet another entry of the same person. Sorted by start, an entry
    /// overlaps an earlier one exactly when it starts before the latest end so far; the entry
    /// holding that end overlaps it too.
    /// </summary>
    private static HashSet<int> FlagOverlaps(IReadOnlyList<CountableEntry> entries, List<int> ordered)
    {
        var flagged = new HashSet<int>();
        var latestEnd = DateTimeOffset.MinValue;
        var holder = -1;
        foreach (var i in ordered)
        {
            var entry = entries[i];
            if (holder >= 0 && entry.Start < latestEnd)
            {
                flagged.Add(i);
                flagged.Add(holder);
            }

            if (entry.End > latestEnd)
            {
                latestEnd = entry.End;
                holder = i;
            }
        }

        return flagged;
    }
}
