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

    /// <summary>
    /// The consent cut of the entry's patient-month (<see cref="CountableMinutes.CountFrom"/>): an
    /// entry whose local date is before it does not count. Null when nothing is cut.
    /// </summary>
    public DateOnly? CountFrom { get; init; }

    /// <summary>When the entry was recorded: the second tie-break between entries that start together.</summary>
    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>The entry's id: the third tie-break (ordinal), so the merge never depends on the order rows are read in.</summary>
    public string EntryKey { get; init; } = string.Empty;
}

/// <summary>Why an entry's seconds do not count (or count only in part).</summary>
public enum TimeExclusion
{
    None = 0,
    OutsideMonth = 1,
    NonClinical = 2,
    Inpatient = 3,
    BeforeConsent = 4,
}

/// <summary>
/// What one entry contributes to a month: <paramref name="CountedSeconds"/> after the overlap
/// merge; <paramref name="OverlapSeconds"/> the part another entry of the same person already
/// took; <paramref name="Overlaps"/> whether it meets another entry of the same person at all
/// (both of two overlapping entries are flagged, though only the later one loses seconds).
/// </summary>
public sealed record EntryCount(CountableEntry Entry, TimeExclusion Exclusion, int CountedSeconds, int OverlapSeconds, bool Overlaps)
{
    public bool InMonth => Exclusion != TimeExclusion.OutsideMonth;
}

/// <summary>
/// The one owner of a patient-month's minutes (ADR 0160), shared by every screen, the API, the
/// time summary, month close and the claim audit packet:
/// <list type="number">
/// <item>an entry belongs to the month of its local start in the practice's zone;</item>
/// <item>non-clinical and inpatient time never counts (docs/rules/ccm.md §6.3), nor time whose
/// local date is before the consent cut of its patient-month (§4);</item>
/// <item>a person cannot do two things at once: where one person's entries overlap, across all of
/// that person's patients and programs and across the month edge, the entry that starts first
/// keeps the shared seconds, whether or not they count for its own patient (so an inpatient or
/// pre-consent entry still takes its seconds from a later one: never bill a second twice,
/// §2 rule 2). Entries that start together are ordered by when they were recorded, then by id,
/// then as given;</item>
/// <item>seconds are summed per performer class and the total truncated to whole minutes
/// (thresholds are hard minimums, §1.1).</item>
/// </list>
/// A patient's count therefore depends only on the entries of the people who worked for it and on
/// its own consent cut, never on which other patients are looked at.
/// </summary>
public static class CountableMinutes
{
    /// <summary>
    /// The consent cut of a patient-month: the date of the consent in force, when it is dated by the
    /// month's last day. A consent dated after the month, or none, cuts nothing (the billing engine
    /// then counts the minutes as if it were valid and blocks the claim on the consent instead).
    /// </summary>
    public static DateOnly? CountFrom(DateOnly? consentDate, BillingMonth month) =>
        consentDate is { } date && date <= month.LastDay ? date : null;

    /// <summary>
    /// Counts every entry for <paramref name="month"/>; the result is in input order. Pass each
    /// person's entries around the month (every patient's and program's, and the end of the month
    /// before), and sum the results of the patient and program wanted with <see cref="MonthMinutes.Of"/>.
    /// </summary>
    public static IReadOnlyList<EntryCount> CountEach(IReadOnlyList<CountableEntry> entries, BillingMonth month, PracticeTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(zone);
        var results = new EntryCount[entries.Count];
        var byStaff = Enumerable.Range(0, entries.Count).GroupBy(i => entries[i].StaffKey, StringComparer.Ordinal);
        foreach (var person in byStaff)
        {
            var ordered = InMergeOrder(entries, person).ToList();
            var flagged = FlagOverlaps(entries, ordered);
            var coveredUntil = DateTimeOffset.MinValue;
            foreach (var i in ordered)
            {
                var entry = entries[i];
                var exclusion = ExclusionOf(entry, month, zone);
                var from = entry.Start > coveredUntil ? entry.Start : coveredUntil;
                var uncovered = from >= entry.End ? 0 : (int)(entry.End - from).TotalSeconds;
                if (entry.End > coveredUntil)
                {
                    coveredUntil = entry.End;
                }

                results[i] = exclusion == TimeExclusion.None
                    ? new EntryCount(entry, exclusion, uncovered, entry.DurationSeconds - uncovered, flagged.Contains(i))
                    : new EntryCount(entry, exclusion, 0, 0, flagged.Contains(i));
            }
        }

        return results;
    }

    /// <summary>The month's minutes of all the entries given (e.g. one patient's).</summary>
    public static MonthMinutes Count(IReadOnlyList<CountableEntry> entries, BillingMonth month, PracticeTimeZone zone) =>
        MonthMinutes.Of(CountEach(entries, month, zone));

    /// <summary>The documented, stable merge order: start, then recorded, then id (ordinal), then input order.</summary>
    private static IEnumerable<int> InMergeOrder(IReadOnlyList<CountableEntry> entries, IEnumerable<int> indexes) =>
        indexes.OrderBy(i => entries[i].Start)
            .ThenBy(i => entries[i].RecordedAt)
            .ThenBy(i => entries[i].EntryKey, StringComparer.Ordinal)
            .ThenBy(i => i);

    private static TimeExclusion ExclusionOf(CountableEntry entry, BillingMonth month, PracticeTimeZone zone)
    {
        var date = zone.LocalDateOf(entry.Start);
        if (!month.Contains(date))
        {
            return TimeExclusion.OutsideMonth;
        }

        if (entry.Performer == PerformerClass.NonClinical)
        {
            return TimeExclusion.NonClinical;
        }

        if (entry.Inpatient)
        {
            return TimeExclusion.Inpatient;
        }

        return entry.CountFrom is { } from && date < from ? TimeExclusion.BeforeConsent : TimeExclusion.None;
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
