namespace Chronicle.Domain.Tests.Billing;

using System.Globalization;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;
using static Chronicle.Domain.Tests.Billing.BillingFixture;

/// <summary>
/// docs/rules/ccm.md §10 rows "Time ledger" and "Calendar-month aggregation", §6.3, and
/// docs/spec/billing-scenario.md rule 1: which minutes count, each rule with a passing and a failing entry.
/// </summary>
public sealed class CountableTimeTests
{
    private static readonly BillingMonth March = BillingMonth.Parse("2026-03");

    [Theory]
    [InlineData("2026-03-01T00:00", TimeExclusion.None)]
    [InlineData("2026-03-31T23:30", TimeExclusion.None)]
    [InlineData("2026-02-28T23:59", TimeExclusion.OutsideMonth)]
    [InlineData("2026-04-01T00:00", TimeExclusion.OutsideMonth)]
    public void An_entry_belongs_to_the_month_of_its_local_start(string localStart, TimeExclusion expected)
    {
        var count = CountableTime.Count([Staff(localStart, 10)], March, Chicago);

        Assert.Equal(expected, count.Entries[0].Exclusion);
        Assert.Equal(expected == TimeExclusion.None ? 10 : 0, count.Total);
    }

    [Fact]
    public void Late_evening_on_the_last_day_is_that_month_though_it_is_the_next_in_UTC()
    {
        var entry = Staff("2026-03-31T22:00", 25);

        Assert.Equal(4, entry.Start.UtcDateTime.Month);
        Assert.Equal(25, CountableTime.Count([entry], March, Chicago).Total);
    }

    [Theory]
    [InlineData(Performer.ClinicalStaff, false, TimeExclusion.None)]
    [InlineData(Performer.BillingPractitioner, false, TimeExclusion.None)]
    [InlineData(Performer.NonClinical, false, TimeExclusion.NonClinical)]
    [InlineData(Performer.ClinicalStaff, true, TimeExclusion.Inpatient)]
    public void Non_clinical_and_inpatient_minutes_do_not_count(Performer performer, bool inpatient, TimeExclusion expected)
    {
        var count = CountableTime.Count([Entry("2026-03-10T09:00", 15, performer, "p1", "phone-call", inpatient)], March, Chicago);

        Assert.Equal(expected, count.Entries[0].Exclusion);
    }

    [Theory]
    [InlineData("2026-03-10", 10)]
    [InlineData("2026-03-11", 0)]
    public void Minutes_before_the_consent_date_do_not_count(string consent, int expected)
    {
        var count = CountableTime.Count([Staff("2026-03-10T23:50", 10)], March, Chicago, D(consent));

        Assert.Equal(expected, count.Total);
    }

    [Theory]
    [InlineData("rn1", "2026-03-10T09:05", 15)]
    [InlineData("rn1", "2026-03-10T09:10", 20)]
    [InlineData("rn2", "2026-03-10T09:05", 20)]
    public void Overlapping_entries_of_one_person_count_once(string secondStaff, string secondStart, int expected)
    {
        var count = CountableTime.Count([Staff("2026-03-10T09:00", 10), Staff(secondStart, 10, secondStaff)], March, Chicago);

        Assert.Equal(expected, count.Total);
    }

    [Fact]
    public void A_later_entry_counts_only_what_earlier_ones_of_the_person_left_uncovered()
    {
        var count = CountableTime.Count(
            [Staff("2026-03-10T09:00", 10), Staff("2026-03-10T09:20", 10), Staff("2026-03-10T09:05", 30)], March, Chicago);

        Assert.Equal([10, 0, 25], count.Entries.Select(e => e.Counted));
        Assert.Equal([0, 10, 5], count.Entries.Select(e => e.Overlapping));
        Assert.Equal(35, count.Total);
    }

    [Fact]
    public void Practitioner_minutes_are_counted_apart_and_also_in_the_total()
    {
        var count = CountableTime.Count([Staff("2026-03-10T09:00", 12), Doctor("2026-03-11T09:00", 9)], March, Chicago);

        Assert.Equal((12, 9, 21), (count.ClinicalStaff, count.BillingPractitioner, count.Total));
    }

    [Fact]
    public void Work_just_before_the_month_still_covers_its_minutes_at_the_edge()
    {
        var count = CountableTime.Count([Staff("2026-02-28T23:50", 20), Staff("2026-03-01T00:00", 20)], March, Chicago);

        Assert.Equal((0, 10, 10), (count.Entries[0].Counted, count.Entries[1].Counted, count.Entries[1].Overlapping));
    }

    [Fact]
    public void Excluded_work_still_keeps_the_seconds_it_started_first()
    {
        // One person cannot do two things at once: the inpatient entry's 09:05-09:20 is not billed twice.
        var count = CountableTime.Count([Staff("2026-03-10T09:00", 20, inpatient: true), Staff("2026-03-10T09:05", 20)], March, Chicago);

        Assert.Equal((5, 15), (count.Entries[1].Counted, count.Entries[1].Overlapping));
    }

    [Fact]
    public void Work_before_consent_does_not_count_but_keeps_the_seconds_it_started_first()
    {
        var count = CountableTime.Count(
            [Staff("2026-03-09T23:50", 20), Staff("2026-03-10T00:00", 20), Staff("2026-03-12T09:00", 20)], March, Chicago, new DateOnly(2026, 3, 10));

        Assert.Equal([0, 10, 20], count.Entries.Select(e => e.Counted));
        Assert.Equal(TimeExclusion.BeforeConsent, count.Entries[0].Exclusion);
        Assert.Equal(30, count.Total);
    }

    [Fact]
    public void The_same_persons_entry_on_another_patient_that_starts_first_keeps_the_shared_minutes()
    {
        // Issue 14: care-plan work for patient A 09:10-09:25, a 10-minute call for B at 09:15 and 15 other minutes for B.
        var otherPatient = Entry("2026-03-10T09:10", 15, Performer.ClinicalStaff, "rn1", "care-plan", false);

        var count = CountableTime.Count(
            [Staff("2026-03-10T09:15", 10), Staff("2026-03-11T09:00", 15)], March, Chicago, others: [otherPatient]);

        Assert.Equal([0, 15], count.Entries.Select(e => e.Counted));
        Assert.Equal(15, count.Total);
    }

    [Theory]
    [InlineData("2026-03-10T09:00:00Z", "b", "a", 0)]
    [InlineData("2026-03-10T10:00:00Z", "b", "a", 10)]
    [InlineData("2026-03-10T09:00:00Z", "a", "b", 10)]
    public void Entries_that_start_together_are_merged_earlier_recorded_first_then_by_id(string otherRecorded, string ownId, string otherId, int expected)
    {
        var recorded = DateTimeOffset.Parse("2026-03-10T09:00:00Z", CultureInfo.InvariantCulture);
        var own = Staff("2026-03-10T09:00", 10) with { RecordedAt = recorded, EntryId = ownId };
        var other = Staff("2026-03-10T09:00", 10) with { RecordedAt = DateTimeOffset.Parse(otherRecorded, CultureInfo.InvariantCulture), EntryId = otherId };

        // Input order never decides: the other patient's entry is given first and last.
        Assert.Equal(expected, CountableTime.Count([own], March, Chicago, others: [other]).Total);
        Assert.Equal(expected, CountableTime.Count([own], March, Chicago, others: [other, other with { Start = other.Start.AddDays(5) }]).Total);
    }

    [Fact]
    public void Seconds_are_summed_before_the_month_is_truncated_to_whole_minutes()
    {
        // Three calls of 6 min 40 s reach 20 minutes only when seconds are summed first.
        var calls = new[] { "2026-03-02T09:00", "2026-03-09T09:00", "2026-03-16T09:00" }
            .Select(start => Staff(start, 6) with { Seconds = 400 }).ToList();

        var count = CountableTime.Count(calls, March, Chicago);

        Assert.Equal(20, count.Total);
        Assert.Equal(new DateOnly(2026, 3, 16), count.DateReaching(20, practitionerOnly: false));
    }

    [Fact]
    public void A_call_20_seconds_short_of_the_threshold_does_not_reach_it()
    {
        var count = CountableTime.Count([Staff("2026-03-02T09:00", 19) with { Seconds = (20 * 60) - 20 }], March, Chicago);

        Assert.Equal(19, count.Total);
        Assert.Null(count.DateReaching(20, practitionerOnly: false));
    }

    [Fact]
    public void The_billing_count_equals_the_time_ledgers_count_of_the_same_entries()
    {
        var entries = new List<TimeEntryFact>();
        for (var i = 0; i < 40; i++)
        {
            var start = $"2026-03-{1 + (i % 28):00}T{9 + (i % 5):00}:{(i * 7) % 60:00}";
            var performer = (i % 9) switch { 0 => Performer.BillingPractitioner, 1 => Performer.NonClinical, _ => Performer.ClinicalStaff };
            entries.Add(Entry(start, 1 + (i % 17), performer, i % 3 == 0 ? "rn2" : "rn1", "phone-call", i % 11 == 0) with { Seconds = 45 + (i * 37 % 900) });
        }

        var billing = CountableTime.Count(entries, March, Chicago);
        var ledger = Chronicle.Domain.Time.CountableMinutes.Count(
            [.. entries.Select(e => new Chronicle.Domain.Time.CountableEntry(e.StaffId, e.Start, e.Seconds,
                e.Performer switch
                {
                    Performer.BillingPractitioner => Chronicle.Domain.Time.PerformerClass.BillingPractitioner,
                    Performer.NonClinical => Chronicle.Domain.Time.PerformerClass.NonClinical,
                    _ => Chronicle.Domain.Time.PerformerClass.ClinicalStaff,
                },
                e.Inpatient))],
            March, Chicago);

        Assert.Equal(
            (ledger.ClinicalStaff.Value, ledger.BillingPractitioner.Value, ledger.TowardClinicalStaffCodes.Value),
            (billing.ClinicalStaff, billing.BillingPractitioner, billing.Total));
    }
}
