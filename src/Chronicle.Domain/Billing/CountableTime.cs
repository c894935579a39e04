namespace Chronicle.Domain.Billing;

using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;

/// <summary>
/// Which logged minutes count toward a month's care-management codes (billing-scenario.md rule 1;
/// ccm-rules.md §6.3, §10 "Time ledger", "Calendar-month aggregation"): entries whose local start
/// falls in the month, not non-clinical, not while the patient is an inpatient, not before the
/// consent date; overlapping entries of one person count once. It depends only on the entries,
/// the zone and the month, so the time ledger's running totals and the rules engine agree.
/// </summary>
public static class CountableTime
{
    public static TimeCount Count(
        IReadOnlyList<TimeEntryFact> entries, BillingMonth month, PracticeTimeZone timeZone, DateOnly? countFrom = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(timeZone);
        var results = new CountedEntry[entries.Count];
        var claimants = new List<int>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var date = timeZone.LocalDateOf(entry.Start);
            var beforeConsent = countFrom is { } from && date < from;
            var exclusion = !month.Contains(date) ? TimeExclusion.OutsideMonth
                : entry.Performer == Performer.NonClinical ? TimeExclusion.NonClinical
                : entry.Inpatient ? TimeExclusion.Inpatient
                : beforeConsent ? TimeExclusion.BeforeConsent
                : TimeExclusion.None;
            results[i] = new CountedEntry(i, entry, date, 0, 0, exclusion);

            // Countable work just outside the month still covers its minutes, so an entry that
            // overlaps it across midnight at a month's edge does not count them a second time.
            if (entry.Performer != Performer.NonClinical && !entry.Inpatient && !beforeConsent)
            {
                claimants.Add(i);
            }
        }

        // Earlier starts keep their minutes; a later entry of the same person counts only what no
        // earlier one covered, so the running total in start order never counts a minute twice.
        var covered = new Dictionary<string, List<(DateTimeOffset Start, DateTimeOffset End)>>(StringComparer.Ordinal);
        foreach (var i in claimants.OrderBy(i => entries[i].Start).ThenBy(i => i))
        {
            var entry = entries[i];
            var key = entry.StaffId.Trim();
            if (!covered.TryGetValue(key, out var spans))
            {
                spans = [];
                covered[key] = spans;
            }

            var overlap = spans.Sum(s => Overlap(s, (entry.Start, entry.End)).Ticks);
            var overlapMinutes = (int)Math.Ceiling(overlap / (double)TimeSpan.TicksPerMinute);
            var counted = Math.Max(0, entry.Minutes - overlapMinutes);
            if (results[i].Exclusion == TimeExclusion.None)
            {
                results[i] = results[i] with { Counted = counted, Overlapping = entry.Minutes - counted };
            }

            Merge(spans, (entry.Start, entry.End));
        }

        return new TimeCount(results);
    }

    private static TimeSpan Overlap((DateTimeOffset Start, DateTimeOffset End) a, (DateTimeOffset Start, DateTimeOffset End) b)
    {
        var start = a.Start > b.Start ? a.Start : b.Start;
        var end = a.End < b.End ? a.End : b.End;
        return end > start ? end - start : TimeSpan.Zero;
    }

    // Keeps the person's covered spans disjoint, so overlaps with several earlier entries add up exactly.
    private static void Merge(List<(DateTimeOffset Start, DateTimeOffset End)> spans, (DateTimeOffset Start, DateTimeOffset End) added)
    {
        var start = added.Start;
        var end = added.End;
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            if (spans[i].End >= start && spans[i].Start <= end)
            {
                start = spans[i].Start < start ? spans[i].Start : start;
                end = spans[i].End > end ? spans[i].End : end;
                spans.RemoveAt(i);
            }
        }

        spans.Add((start, end));
    }
}

public enum TimeExclusion
{
    None = 0,
    OutsideMonth = 1,
    NonClinical = 2,
    Inpatient = 3,
    BeforeConsent = 4,
}

/// <summary>How one entry was counted: its local date, the minutes that count, the minutes another entry of the same person already covered.</summary>
public sealed record CountedEntry(int Index, TimeEntryFact Entry, DateOnly LocalDate, int Counted, int Overlapping, TimeExclusion Exclusion);

/// <summary>The month's entries as counted, in input order, with the totals the codes are chosen from.</summary>
public sealed class TimeCount
{
    public TimeCount(IReadOnlyList<CountedEntry> entries)
    {
        Entries = entries;
        ClinicalStaff = entries.Where(e => e.Entry.Performer == Performer.ClinicalStaff).Sum(e => e.Counted);
        BillingPractitioner = entries.Where(e => e.Entry.Performer == Performer.BillingPractitioner).Sum(e => e.Counted);
    }

    public IReadOnlyList<CountedEntry> Entries { get; }

    public int ClinicalStaff { get; }

    public int BillingPractitioner { get; }

    /// <summary>All countable minutes: the practitioner's own time counts toward the staff codes too.</summary>
    public int Total => ClinicalStaff + BillingPractitioner;

    public int Excluded(TimeExclusion exclusion) => Entries.Where(e => e.Exclusion == exclusion).Sum(e => e.Entry.Minutes);

    /// <summary>The counted entries in start order, the order in which thresholds are reached.</summary>
    public IEnumerable<CountedEntry> InStartOrder(bool practitionerOnly) =>
        Entries.Where(e => e.Counted > 0 && (!practitionerOnly || e.Entry.Performer == Performer.BillingPractitioner))
            .OrderBy(e => e.Entry.Start).ThenBy(e => e.Index);

    /// <summary>The local date of the entry that brought the running total to <paramref name="minutes"/>, if it got there.</summary>
    public DateOnly? DateReaching(int minutes, bool practitionerOnly)
    {
        var total = 0;
        foreach (var entry in InStartOrder(practitionerOnly))
        {
            total += entry.Counted;
            if (total >= minutes)
            {
                return entry.LocalDate;
            }
        }

        return null;
    }
}
