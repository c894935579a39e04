namespace Chronicle.Domain.Practices;

using Chronicle.Domain.Common;

/// <summary>
/// A practice's IANA time zone. Care-management time belongs to the calendar month of its
/// <em>local</em> start: 23:30 on 31 January in Chicago is January even though it is already
/// February in UTC.
/// </summary>
public sealed class PracticeTimeZone
{
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
        var unspecified = DateTime.SpecifyKind(localTime, DateTimeKind.Unspecified);
        if (_zone.IsInvalidTime(unspecified))
        {
            return ValueResult<DateTimeOffset>.Fail($"{localTime:yyyy-MM-dd HH:mm} does not exist in {Id} (the clocks skip it).");
        }

        var offset = _zone.IsAmbiguousTime(unspecified)
            ? _zone.GetAmbiguousTimeOffsets(unspecified).Max()
            : _zone.GetUtcOffset(unspecified);
        return ValueResult<DateTimeOffset>.Ok(new DateTimeOffset(unspecified, offset).ToUniversalTime());
    }

    /// <summary>The UTC instants that bound a billing month in this zone: [start, end).</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Bounds(BillingMonth month) =>
        (TryToInstant(month.FirstDay.ToDateTime(TimeOnly.MinValue)).GetOrThrow("month start"),
         TryToInstant(month.Next().FirstDay.ToDateTime(TimeOnly.MinValue)).GetOrThrow("month end"));

    public override string ToString() => Id;
}
