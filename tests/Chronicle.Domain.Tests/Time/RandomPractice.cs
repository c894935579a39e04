namespace Chronicle.Domain.Tests.Time;

using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;

/// <summary>One generated entry, as the ledger counts it and as month close hands it to the engine.</summary>
internal sealed record GeneratedEntry(GeneratedPatientMonth PatientMonth, CountableEntry Countable, TimeEntryFact Fact);

/// <summary>
/// A random practice-month for property tests: 2–5 staff (one the billing practitioner, sometimes a
/// non-clinical clerk), 2–7 patients, some with PCM time beside CCM, consents before, inside or
/// after the month or none, entries clustered around the month edges and the DST change and
/// around each other (so that one person's entries overlap within and across patients), seconds
/// not whole minutes, some inpatient.
/// </summary>
internal sealed class RandomPractice
{
    private readonly Dictionary<GeneratedPatientMonth, DateOnly?> _consents;
    private readonly Dictionary<CountableEntry, GeneratedPatientMonth> _owners;

    private RandomPractice(BillingMonth month, PracticeTimeZone zone, List<GeneratedEntry> entries, Dictionary<GeneratedPatientMonth, DateOnly?> consents)
    {
        (Month, Zone, Entries, _consents) = (month, zone, entries, consents);
        _owners = entries.ToDictionary(e => e.Countable, e => e.PatientMonth);
    }

    public BillingMonth Month { get; }

    public PracticeTimeZone Zone { get; }

    public IReadOnlyList<GeneratedEntry> Entries { get; }

    public IEnumerable<GeneratedPatientMonth> PatientMonths => Entries.Select(e => e.PatientMonth).Distinct();

    public GeneratedPatientMonth Owner(CountableEntry entry) => _owners[entry];

    /// <summary>The date of the consent in force, as month close gives it to the engine (a later one too).</summary>
    public DateOnly? ConsentOf(GeneratedPatientMonth key) => _consents.GetValueOrDefault(key);

    public static RandomPractice Generate(Random random, string zoneId, BillingMonth month)
    {
        var zone = PracticeTimeZone.Parse(zoneId);
        var (start, end) = zone.Bounds(month);
        var staff = Enumerable.Range(0, random.Next(2, 6))
            .Select(i => (Key: $"staff-{i}", Performer: i == 0 ? Performer.BillingPractitioner : i == 4 || random.Next(8) == 0 ? Performer.NonClinical : Performer.ClinicalStaff))
            .ToList();
        var patients = random.Next(2, 8);
        var consents = new Dictionary<GeneratedPatientMonth, DateOnly?>();
        var anchors = new List<DateTimeOffset> { start, end, DstChange(zone, start, end) };
        var entries = new List<GeneratedEntry>();
        var count = random.Next(10, 60);
        for (var n = 0; n < count; n++)
        {
            var person = staff[random.Next(staff.Count)];
            var key = new GeneratedPatientMonth(random.Next(patients), random.Next(6) == 0 ? CareProgram.Pcm : CareProgram.Ccm);
            consents.TryAdd(key, RandomConsent(random, month));

            var theirs = entries.Where(e => e.Countable.StaffKey == person.Key).ToList();
            var at = random.Next(4) switch
            {
                0 when theirs.Count > 0 => theirs[random.Next(theirs.Count)].Countable.Start.AddMinutes(random.Next(-15, 25)),
                1 => anchors[random.Next(anchors.Count)].AddMinutes(random.Next(-90, 90)),
                _ => start.AddSeconds(random.NextDouble() * (end - start).TotalSeconds),
            };
            at = new DateTimeOffset(at.UtcDateTime.Ticks - (at.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
            var seconds = random.Next(3) == 0 ? random.Next(1, 60) * 60 : random.Next(30, 45 * 60);
            var inpatient = random.Next(10) == 0;
            var recorded = at.AddSeconds(seconds + random.Next(0, 3) * 60);
            var bytes = new byte[16];
            random.NextBytes(bytes);
            var id = new Guid(bytes).ToString();
            var fact = new TimeEntryFact(at, seconds / 60, person.Performer, person.Key, "phone-call", inpatient)
            {
                Seconds = seconds,
                RecordedAt = recorded,
                EntryId = id,
            };
            var countable = new CountableEntry(person.Key, at, seconds, ToClass(person.Performer), inpatient)
            {
                CountFrom = CountableMinutes.CountFrom(consents[key], month),
                RecordedAt = recorded,
                EntryKey = id,
            };
            entries.Add(new GeneratedEntry(key, countable, fact));
        }

        return new RandomPractice(month, zone, entries, consents);
    }

    private static DateOnly? RandomConsent(Random random, BillingMonth month) => random.Next(5) switch
    {
        0 => null,
        1 => month.FirstDay.AddDays(-random.Next(1, 90)),
        2 => month.LastDay.AddDays(random.Next(1, 20)),
        _ => month.FirstDay.AddDays(random.Next(0, month.LastDay.Day)),
    };

    /// <summary>The instant the clocks change within the month, or its middle when they do not.</summary>
    private static DateTimeOffset DstChange(PracticeTimeZone zone, DateTimeOffset start, DateTimeOffset end)
    {
        var offset = zone.ToLocal(start) - start.UtcDateTime;
        for (var at = start; at < end; at = at.AddHours(1))
        {
            if (zone.ToLocal(at) - at.UtcDateTime != offset)
            {
                return at;
            }
        }

        return start + ((end - start) / 2);
    }

    private static PerformerClass ToClass(Performer performer) => performer switch
    {
        Performer.BillingPractitioner => PerformerClass.BillingPractitioner,
        Performer.NonClinical => PerformerClass.NonClinical,
        _ => PerformerClass.ClinicalStaff,
    };
}
