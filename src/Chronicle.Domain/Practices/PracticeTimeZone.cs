namespace Chronicle.Domain.Practices;

using Chronicle.Domain.Common;

/// <summary>
/// A practice's IANA time zone. Care-management time belongs to the calendar month of its
/// <em>local</em> start: 23:30 on 31 January in Chicago is January even though it is already
/// February in UTC.
/// </summary>
public sealed class PracticeTimeZone
{
    private static readonly int[] OffsetProbeHours = [-14, -7, 0, 7, 14];
    private static readonly DateTime MinimumWallTime = DateTime.MinValue.AddDays(2);
    private static readonly DateTime MaximumWallTime = DateTime.MaxValue.AddDays(-2);

    private readonly TimeZoneInfo _zone;

    private PracticeTimeZone(TimeZoneInfo zone, string id)
    {
        _zone = zone;
        Id = id;
    }

    public string Id { get; }

    public static ValueResult<PracticeTimeZone> TryParse(string? ianaId)
    {
        var id = ianaId?.Trim() ?? string.Empty;
        if (id.Length == 0)
        {
            return ValueResult<PracticeTimeZone>.Fail("The time zone is empty; give an IANA name such as America/Chicago.");
        }

        // Windows ids ("Central Standard Time") are refused: the CSV format and FHIR speak IANA.
        if (!id.Contains('/', StringComparison.Ordinal) && id != "UTC")
        {
            return ValueResult<PracticeTimeZone>.Fail($"'{id}' is not an IANA time zone such as America/Chicago.");
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? ValueResult<PracticeTimeZone>.Ok(new PracticeTimeZone(zone, id))
            : ValueResult<PracticeTimeZone>.Fail($"'{id}' is not a known IANA time zone.");
    }

    public static PracticeTimeZone Parse(string ianaId) => TryParse(ianaId).GetOrThrow("time zone");

    public DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone).DateTime;

    public DateOnly LocalDateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));

    /// <summary>The billing month an event belongs to: the month of its local date.</summary>
    public BillingMonth MonthOf(DateTimeOffset instant) => BillingMonth.Of(LocalDateOf(instant));

    /// <summary>
    /// The UTC instant of a local wall-clock time. A time skipped by a spring-forward change is
    /// refused; an ambiguous one (the repeated hour in autumn) is taken as the first occurrence.
    /// </summary>
    public ValueResult<DateTimeOffset> TryToInstant(DateTime localTime)
    {
        var wall = DateTime.SpecifyKind(localTime, DateTimeKind.Unspecified);
        if (wall < MinimumWallTime || wall > MaximumWallTime)
        {
            return ValueResult<DateTimeOffset>.Fail($"{localTime:yyyy-MM-dd HH:mm} is outside the range of dates Chronicle converts.");
        }

        var readings = InstantsReading(wall);
        return readings.Count > 0
            ? ValueResult<DateTimeOffset>.Ok(readings[0])
            : ValueResult<DateTimeOffset>.Fail($"{localTime:yyyy-MM-dd HH:mm} does not exist in {Id} (the clocks skip it).");
    }

    /// <summary>
    /// The first instant of a local calendar day. Where the clocks spring forward at midnight
    /// (Asunción, Santiago, Havana, Beirut have done so) 00:00 never happens, and the day begins
    /// at the change itself.
    /// </summary>
    public DateTimeOffset StartOfDay(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var readings = InstantsReading(midnight);
        if (readings.Count > 0)
        {
            return readings[0];
        }

        // Offsets lie within ±14 h, so the day starts somewhere in this window; the local date only
        // moves forward across a gap, so halving the window finds the change to the tick.
        var before = new DateTimeOffset(midnight.Ticks, TimeSpan.Zero).AddHours(-15);
        var after = before.AddHours(30);
        while (after.Ticks - before.Ticks > 1)
        {
            var middle = new DateTimeOffset(before.Ticks + ((after.Ticks - before.Ticks) / 2), TimeSpan.Zero);
            if (LocalDateOf(middle) >= date)
            {
                after = middle;
            }
            else
            {
                before = middle;
            }
        }

        return after;
    }

    /// <summary>The UTC instants that bound a billing month in this zone: [start, end).</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Bounds(BillingMonth month) =>
        (StartOfDay(month.FirstDay), StartOfDay(month.Next().FirstDay));

    public override string ToString() => Id;

    /// <summary>
    /// The UTC instants at which the local clock reads <paramref name="wall"/>, earliest first:
    /// none in a spring-forward gap, two in a repeated autumn hour. Worked out from the UTC-to-local
    /// direction only, because TimeZoneInfo's local-to-UTC answers (IsInvalidTime and friends) are
    /// wrong on Linux for changes at midnight, such as Asunción's on 1 October 2023.
    /// </summary>
    private List<DateTimeOffset> InstantsReading(DateTime wall)
    {
        // Every offset in force within ±14 h of the wall time read as UTC could apply to it.
        var asUtc = new DateTimeOffset(wall.Ticks, TimeSpan.Zero);
        return OffsetProbeHours
            .Select(hours => _zone.GetUtcOffset(asUtc.AddHours(hours)))
            .Distinct()
            .Select(offset => new DateTimeOffset(wall.Ticks - offset.Ticks, TimeSpan.Zero))
            .Where(instant => ToLocal(instant) == wall)
            .Distinct()
            .Order()
            .ToList();
    }
}
