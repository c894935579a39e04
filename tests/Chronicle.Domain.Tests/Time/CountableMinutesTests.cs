namespace Chronicle.Domain.Tests.Time;

using System.Globalization;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;

/// <summary>The one counting rule: local month, exclusions, overlap merging per person, whole minutes.</summary>
public sealed class CountableMinutesTests
{
    private static readonly PracticeTimeZone Chicago = PracticeTimeZone.Parse("America/Chicago");
    private static readonly BillingMonth January = new(2026, 1);

    // Each entry: "staff|local start yyyy-MM-ddTHH:mm|minutes|performer|inpatient".
    [Theory]
    [InlineData("rn1|2026-01-05T09:00|12|c|n;rn1|2026-01-17T14:30|10|c|n", 22, 0, 0)]
    [InlineData("rn1|2026-01-31T23:30|20|c|n", 20, 0, 0)]
    [InlineData("rn1|2026-02-01T00:10|20|c|n;rn1|2025-12-31T23:50|20|c|n", 0, 0, 0)]
    [InlineData("rn1|2026-01-05T09:00|20|c|y", 0, 0, 20)]
    [InlineData("ma1|2026-01-05T09:00|20|n|n", 0, 0, 20)]
    [InlineData("md1|2026-01-05T09:00|30|p|n;rn1|2026-01-05T09:00|10|c|n", 10, 30, 0)]
    [InlineData("rn1|2026-01-05T09:00|20|c|n;rn1|2026-01-05T09:10|20|c|n", 30, 0, 10)]
    [InlineData("rn1|2026-01-05T09:00|30|c|n;rn1|2026-01-05T09:05|10|c|n", 30, 0, 10)]
    [InlineData("rn1|2026-01-05T09:00|20|c|n;rn2|2026-01-05T09:10|20|c|n", 40, 0, 0)]
    [InlineData("rn1|2026-01-05T09:00|20|c|y;rn1|2026-01-05T09:10|20|c|n", 10, 0, 30)]
    [InlineData("rn1|2026-01-05T09:00|20|c|n;rn1|2026-01-05T09:20|20|c|n", 40, 0, 0)]
    public void Counts_countable_minutes_by_performer_class(string entries, int clinical, int practitioner, int excluded)
    {
        var counted = CountableMinutes.Count(Parse(entries), January, Chicago);

        Assert.Equal(clinical, counted.ClinicalStaff.Value);
        Assert.Equal(practitioner, counted.BillingPractitioner.Value);
        Assert.Equal(excluded, counted.Excluded.Value);
    }

    [Fact]
    public void Seconds_are_summed_before_the_total_is_truncated_to_whole_minutes()
    {
        var start = At("2026-01-05T09:00");
        var entries = new[]
        {
            new CountableEntry("rn1", start, 630, PerformerClass.ClinicalStaff, false),
            new CountableEntry("rn1", start.AddHours(1), 630, PerformerClass.ClinicalStaff, false),
            new CountableEntry("rn1", start.AddHours(2), 59, PerformerClass.ClinicalStaff, false),
        };

        var counted = CountableMinutes.Count(entries, January, Chicago);

        Assert.Equal(21, counted.ClinicalStaff.Value);
        Assert.Equal(21, counted.Logged.Value);
        Assert.Equal(0, counted.Excluded.Value);
    }

    [Fact]
    public void Half_past_eleven_on_31_january_in_chicago_counts_in_january_not_february()
    {
        var entries = new[] { new CountableEntry("rn1", At("2026-01-31T23:30"), 1200, PerformerClass.ClinicalStaff, false) };

        Assert.Equal(20, CountableMinutes.Count(entries, January, Chicago).ClinicalStaff.Value);
        Assert.Equal(0, CountableMinutes.Count(entries, January.Next(), Chicago).Logged.Value);
        Assert.Equal(new BillingMonth(2026, 2), PracticeTimeZone.Parse("UTC").MonthOf(entries[0].Start));
    }

    [Fact]
    public void An_entry_of_last_month_running_past_midnight_takes_its_seconds_from_an_overlapping_entry_of_this_month()
    {
        var entries = new[]
        {
            new CountableEntry("rn1", At("2026-01-31T23:50"), 1200, PerformerClass.ClinicalStaff, false),
            new CountableEntry("rn1", At("2026-02-01T00:05"), 1200, PerformerClass.ClinicalStaff, false),
        };

        var counts = CountableMinutes.CountEach(entries, January.Next(), Chicago);

        Assert.Equal(TimeExclusion.OutsideMonth, counts[0].Exclusion);
        Assert.Equal(900, counts[1].CountedSeconds);
        Assert.Equal(300, counts[1].OverlapSeconds);
        Assert.True(counts[0].Overlaps && counts[1].Overlaps);
    }

    [Fact]
    public void Overlaps_of_one_person_across_patients_count_once_and_both_entries_are_flagged()
    {
        // Patient A at 09:00 for 20 min, patient B at 09:10 for 20 min, patient C at 10:00.
        var entries = Parse("rn1|2026-01-05T09:00|20|c|n;rn1|2026-01-05T09:10|20|c|n;rn1|2026-01-05T10:00|5|c|n");

        var counts = CountableMinutes.CountEach(entries, January, Chicago);

        Assert.Equal([1200, 600, 300], counts.Select(c => c.CountedSeconds));
        Assert.Equal([true, true, false], counts.Select(c => c.Overlaps));
        var patientB = MonthMinutes.Of([counts[1]]);
        Assert.Equal(10, patientB.ClinicalStaff.Value);
        Assert.Equal(10, patientB.Overlap.Value);
        Assert.Equal(TimeCodes.OverlappingTime, Assert.Single(patientB.Exclusions()).Code);
    }

    [Fact]
    public void An_entry_nested_in_an_earlier_one_of_another_entry_is_flagged_with_both()
    {
        var entries = Parse("rn1|2026-01-05T09:00|10|c|n;rn1|2026-01-05T09:01|30|c|n;rn1|2026-01-05T09:20|5|c|n");

        var counts = CountableMinutes.CountEach(entries, January, Chicago);

        Assert.All(counts, c => Assert.True(c.Overlaps));
        Assert.Equal(31, MonthMinutes.Of(counts).ClinicalStaff.Value);
    }

    [Fact]
    public void Excluded_minutes_are_named_with_the_billing_engine_codes()
    {
        var counted = CountableMinutes.Count(Parse("rn1|2026-01-05T09:00|20|c|y;ma1|2026-01-06T09:00|15|n|n"), January, Chicago);

        Assert.Equal([TimeCodes.NonClinicalExcluded, TimeCodes.InpatientExcluded], counted.Exclusions().Select(f => f.Code));
        Assert.Equal(35, counted.Excluded.Value);
    }

    internal static DateTimeOffset At(string local) =>
        Chicago.TryToInstant(DateTime.ParseExact(local, "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)).Value;

    private static List<CountableEntry> Parse(string entries) => entries.Split(';').Select(e =>
    {
        var f = e.Split('|');
        var performer = f[3] switch { "c" => PerformerClass.ClinicalStaff, "p" => PerformerClass.BillingPractitioner, _ => PerformerClass.NonClinical };
        return new CountableEntry(f[0], At(f[1]), int.Parse(f[2], CultureInfo.InvariantCulture) * 60, performer, f[4] == "y");
    }).ToList();
}
