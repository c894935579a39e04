namespace Chronicle.Domain.Billing;

using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;

/// <summary>
/// Which logged minutes count toward a month's care-management codes (docs/spec/billing-scenario.md rule 1;
/// docs/rules/ccm.md §6.3, §10 "Time ledger", "Calendar-month aggregation"). The counting itself is the
/// time ledger's <see cref="CountableMinutes"/>, so the minutes a care manager sees on the worklist
/// are the minutes the month close bills; this adds only what is the engine's business: time
/// before the consent date neither counts nor covers other entries.
/// </summary>
public static class CountableTime
{
    public static TimeCount Count(
        IReadOnlyList<TimeEntryFact> entries, BillingMonth month, PracticeTimeZone timeZone, DateOnly? countFrom = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(timeZone);
        var dates = entries.Select(e => timeZone.LocalDateOf(e.Start)).ToArray();
        var considered = Enumerable.Range(0, entries.Count).Where(i => countFrom is not { } from || dates[i] >= from).ToList();
        var counts = CountableMinutes.CountEach([.. considered.Select(i => ToCountable(entries[i]))], month, timeZone);

        var results = new CountedEntry[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            results[i] = new CountedEntry(i, entries[i], dates[i], 0, 0, BeforeConsent(entries[i], dates[i], month));
        }

        for (var k = 0; k < considered.Count; k++)
        {
            var i = considered[k];
            var count = counts[k];
            results[i] = results[i] with { CountedSeconds = count.CountedSeconds, OverlapSeconds = count.OverlapSeconds, Exclusion = Map(count.Exclusion) };
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
        entry.Inpatient);

    // Why an entry left out of the count for predating consent is excluded: a reason that would
    // exclude it anyway (outside the month, non-clinical, inpatient) is named first.
    private static TimeExclusion BeforeConsent(TimeEntryFact entry, DateOnly date, BillingMonth month) =>
        !month.Contains(date) ? TimeExclusion.OutsideMonth
        : entry.Performer == Performer.NonClinical ? TimeExclusion.NonClinical
        : entry.Inpatient ? TimeExclusion.Inpatient
        : TimeExclusion.BeforeConsent;

    private static TimeExclusion Map(Time.TimeExclusion exclusion) => exclusion switch
    {
        Time.TimeExclusion.OutsideMonth => TimeExclusion.OutsideMonth,
        Time.TimeExclusion.NonClinical => TimeExclusion.NonClinical,
        Time.TimeExclusion.Inpatient => TimeExclusion.Inpatient,
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
