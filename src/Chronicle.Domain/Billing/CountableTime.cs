namespace Chronicle.Domain.Billing;

using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;

/// <summary>
/// Which logged minutes count toward a month's care-management codes (docs/spec/billing-scenario.md rule 1;
/// docs/rules/ccm.md §6.3, §10 "Time ledger", "Calendar-month aggregation"). The counting itself is the
/// time ledger's <see cref="CountableMinutes"/>, so the minutes a care manager sees on the worklist
/// are the minutes the month close bills; this only maps the engine's facts (the patient's entries,
/// its consent date, the same people's overlapping entries for other patients) onto it.
/// </summary>
public static class CountableTime
{
    /// <param name="countFrom">The consent date: entries on earlier local dates do not count (<see cref="CountableMinutes.CountFrom"/>).</param>
    /// <param name="others">The same people's overlapping entries for other patients or programs: they count nothing here but keep the seconds they started first.</param>
    public static TimeCount Count(
        IReadOnlyList<TimeEntryFact> entries, BillingMonth month, PracticeTimeZone timeZone, DateOnly? countFrom = null, IReadOnlyList<TimeEntryFact>? others = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(timeZone);
        var cut = CountableMinutes.CountFrom(countFrom, month);
        var countable = entries.Select(e => ToCountable(e) with { CountFrom = cut })
            .Concat((others ?? []).Select(ToCountable))
            .ToList();
        var counts = CountableMinutes.CountEach(countable, month, timeZone);
        var results = new CountedEntry[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var count = counts[i];
            results[i] = new CountedEntry(i, entries[i], timeZone.LocalDateOf(entries[i].Start), count.CountedSeconds, count.OverlapSeconds, Map(count.Exclusion));
        }

        return new TimeCount(results);
    }

    private static CountableEntry ToCountable(TimeEntryFact entry) => new(
        entry.StaffId.Trim(),
        entry.Start,
        entry.Seconds,
        entry.Performer switch
        {
            Performer.BillingPractitioner => PerformerClass.BillingPractitioner,
            Performer.NonClinical => PerformerClass.NonClinical,
            _ => PerformerClass.ClinicalStaff,
        },
        entry.Inpatient)
    {
        RecordedAt = entry.RecordedAt,
        EntryKey = entry.EntryId,
    };

    private static TimeExclusion Map(Time.TimeExclusion exclusion) => exclusion switch
    {
        Time.TimeExclusion.OutsideMonth => TimeExclusion.OutsideMonth,
        Time.TimeExclusion.NonClinical => TimeExclusion.NonClinical,
        Time.TimeExclusion.Inpatient => TimeExclusion.Inpatient,
        Time.TimeExclusion.BeforeConsent => TimeExclusion.BeforeConsent,
        _ => TimeExclusion.None,
    };
}

public enum TimeExclusion
{
    None = 0,
    OutsideMonth = 1,
    NonClinical = 2,
    Inpatient = 3,
    BeforeConsent = 4,
}

/// <summary>
/// How one entry was counted: its local date, the seconds that count, the seconds another entry of
/// the same person already covered. <see cref="Counted"/> and <see cref="Overlapping"/> are the
/// same in whole minutes for explanations (a partly covered minute shows as overlapped).
/// </summary>
public sealed record CountedEntry(int Index, TimeEntryFact Entry, DateOnly LocalDate, int CountedSeconds, int OverlapSeconds, TimeExclusion Exclusion)
{
    public int Counted => CountedSeconds / 60;

    public int Overlapping => (OverlapSeconds + 59) / 60;
}

/// <summary>
/// The month's entries as counted, in input order, with the totals the codes are chosen from:
/// seconds summed, then truncated to whole minutes, as <see cref="MonthMinutes"/> does.
/// </summary>
public sealed class TimeCount
{
    public TimeCount(IReadOnlyList<CountedEntry> entries)
    {
        Entries = entries;
        var clinical = entries.Where(e => e.Entry.Performer == Performer.ClinicalStaff).Sum(e => (long)e.CountedSeconds);
        var practitioner = entries.Where(e => e.Entry.Performer == Performer.BillingPractitioner).Sum(e => (long)e.CountedSeconds);
        ClinicalStaff = (int)(clinical / 60);
        BillingPractitioner = (int)(practitioner / 60);
        Total = (int)((clinical + practitioner) / 60);
    }

    public IReadOnlyList<CountedEntry> Entries { get; }

    public int ClinicalStaff { get; }

    public int BillingPractitioner { get; }

    /// <summary>All countable minutes: the practitioner's own time counts toward the staff codes too.</summary>
    public int Total { get; }

    public int Excluded(TimeExclusion exclusion) => Entries.Where(e => e.Exclusion == exclusion).Sum(e => e.Entry.Minutes);

    /// <summary>The counted entries in start order, the order in which thresholds are reached.</summary>
    public IEnumerable<CountedEntry> InStartOrder(bool practitionerOnly) =>
        Entries.Where(e => e.CountedSeconds > 0 && (!practitionerOnly || e.Entry.Performer == Performer.BillingPractitioner))
            .OrderBy(e => e.Entry.Start).ThenBy(e => e.Index);

    /// <summary>The local date of the entry that brought the running total to <paramref name="minutes"/>, if it got there.</summary>
    public DateOnly? DateReaching(int minutes, bool practitionerOnly)
    {
        long seconds = 0;
        foreach (var entry in InStartOrder(practitionerOnly))
        {
            seconds += entry.CountedSeconds;
            if (seconds >= minutes * 60L)
            {
                return entry.LocalDate;
            }
        }

        return null;
    }
}
