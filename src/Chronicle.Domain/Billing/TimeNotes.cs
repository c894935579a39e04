namespace Chronicle.Domain.Billing;

using System.Globalization;

/// <summary>The notes that say which minutes were not counted and why (docs/spec/billing-scenario.md, "Reason codes").</summary>
internal static class TimeNotes
{
    public static void Add(TimeCount time, DateOnly? consentDate, DecisionNotes notes)
    {
        var outside = time.Entries.Count(e => e.Exclusion == TimeExclusion.OutsideMonth);
        if (outside > 0)
        {
            notes.Explain(string.Create(CultureInfo.InvariantCulture, $"{outside} time {Entries(outside)} outside the month not considered"));
        }

        Excluded(time, TimeExclusion.NonClinical, notes, BillingReasonCodes.NonClinicalTimeExcluded,
            "of non-clinical staff time {1} not counted: only clinical staff and the billing practitioner count", BillingSources.NonClinical);
        Excluded(time, TimeExclusion.Inpatient, notes, BillingReasonCodes.InpatientTimeExcluded,
            "logged while the patient was a hospital or SNF inpatient {1} not counted: the facility is paid for that care", BillingSources.Inpatient);
        if (consentDate is { } date)
        {
            Excluded(time, TimeExclusion.BeforeConsent, notes, BillingReasonCodes.TimeBeforeConsent,
                string.Create(CultureInfo.InvariantCulture, $"before the consent of {date:yyyy-MM-dd} {{1}} not counted: care before consent is not billable"),
                BillingSources.ConsentBeforeService);
        }

        foreach (var person in time.Entries.Where(e => e.Overlapping > 0).GroupBy(e => e.Entry.StaffId.Trim(), StringComparer.Ordinal))
        {
            var minutes = (person.Sum(e => e.OverlapSeconds) + 59) / 60;
            notes.Add(
                BillingReasonCodes.OverlappingTime,
                string.Create(CultureInfo.InvariantCulture, $"{minutes} {Minutes(minutes)} of {person.First().Entry.StaffName ?? person.Key}'s entries overlapped other entries of theirs and {(minutes == 1 ? "was" : "were")} counted once."),
                BillingSources.Overlap,
                ReasonKind.Note);
        }
    }

    private static void Excluded(TimeCount time, TimeExclusion exclusion, DecisionNotes notes, string code, string template, string source)
    {
        var excluded = time.Entries.Where(e => e.Exclusion == exclusion).ToList();
        if (excluded.Count == 0)
        {
            return;
        }

        var minutes = excluded.Sum(e => e.Entry.Minutes);
        var verb = minutes == 1 ? "was" : "were";
        var message = string.Create(CultureInfo.InvariantCulture, $"{minutes} {Minutes(minutes)} ({excluded.Count} {Entries(excluded.Count)}) ")
            + string.Format(CultureInfo.InvariantCulture, template, null, verb) + ".";
        notes.Add(code, message, source, ReasonKind.Note);
    }

    private static string Minutes(int count) => count == 1 ? "minute" : "minutes";

    private static string Entries(int count) => count == 1 ? "entry" : "entries";
}
