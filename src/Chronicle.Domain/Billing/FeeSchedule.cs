namespace Chronicle.Domain.Billing;

using Chronicle.Domain.Common;

/// <summary>The national Medicare amounts of one code in one year (GPCI = 1), in both settings.</summary>
public sealed record FeeScheduleEntry(int Year, HcpcsCode Code, Money NonFacility, Money Facility, string Source)
{
    /// <summary>
    /// CMS's formula for the national amount: total RVUs × conversion factor, rounded half away
    /// from zero to the cent (tests/data/pfs/SOURCES.md: 99490 in 2025 is 1.87 × 32.3465 = $60.49).
    /// </summary>
    public static Money Amount(decimal totalRvu, decimal conversionFactor) =>
        new((long)Math.Round(totalRvu * conversionFactor * 100m, MidpointRounding.AwayFromZero));
}

/// <summary>
/// National amounts by year and code. The family choice compares them (docs/spec/billing-scenario.md rule 2);
/// imported CMS amounts replace the built-in ones code by code for the years they cover.
/// </summary>
public sealed class FeeSchedule
{
    private readonly Dictionary<(int Year, string Code), FeeScheduleEntry> _entries;

    public FeeSchedule(IEnumerable<FeeScheduleEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = new Dictionary<(int, string), FeeScheduleEntry>();
        foreach (var entry in entries)
        {
            _entries[(entry.Year, entry.Code.Value)] = entry;
        }
    }

    /// <summary>The care-management codes for 2025 and 2026 as written in <see cref="BuiltInFees"/>.</summary>
    public static FeeSchedule BuiltIn { get; } = new(BuiltInFees.Entries);

    public IEnumerable<FeeScheduleEntry> Entries => _entries.Values;

    public FeeScheduleEntry? Find(int year, HcpcsCode code) => _entries.GetValueOrDefault((year, code.Value));

    /// <summary>This schedule with <paramref name="imported"/> amounts taking precedence wherever they exist.</summary>
    public FeeSchedule With(IEnumerable<FeeScheduleEntry> imported)
    {
        ArgumentNullException.ThrowIfNull(imported);
        return new FeeSchedule(_entries.Values.Concat(imported));
    }

    /// <summary>The national non-facility amount of the lines, or null when a code has no amount for the year.</summary>
    public Money? NonFacilityTotal(int year, IEnumerable<ClaimLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var total = Money.Zero;
        foreach (var line in lines)
        {
            if (Find(year, line.Code) is not { } entry)
            {
                return null;
            }

            total += entry.NonFacility * line.Units;
        }

        return total;
    }
}
