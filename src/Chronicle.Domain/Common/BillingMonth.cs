using System.Globalization;

namespace Chronicle.Domain.Common;

/// <summary>
/// A calendar month in which care-management services are counted and billed.
/// Stored as the integer yyyymm so both databases compare and group it cheaply.
/// </summary>
public readonly record struct BillingMonth : IComparable<BillingMonth>
{
    public BillingMonth(int year, int month)
    {
        if (year is < 2000 or > 2999)
        {
            throw new InvalidValueException("billing month", $"Year {year} is outside 2000–2999.");
        }

        if (month is < 1 or > 12)
        {
            throw new InvalidValueException("billing month", $"Month {month} is not between 1 and 12.");
        }

        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    public int DayCount => DateTime.DaysInMonth(Year, Month);

    /// <summary>The integer form yyyymm used in storage, e.g. 202601.</summary>
    public int Key => (Year * 100) + Month;

    public static BillingMonth Of(DateOnly date) => new(date.Year, date.Month);

    public static BillingMonth FromKey(int key) => new(key / 100, key % 100);

    public BillingMonth Next() => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    public BillingMonth Previous() => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Month;

    /// <summary>Parses the form YYYY-MM, the only one the CLI and CSV files accept.</summary>
    public static ValueResult<BillingMonth> TryParse(string? text)
    {
        var value = text?.Trim() ?? string.Empty;
        if (value.Length != 7 || value[4] != '-'
            || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month))
        {
            return ValueResult<BillingMonth>.Fail($"'{text}' is not a month in the form YYYY-MM.");
        }

        if (month is < 1 or > 12)
        {
            return ValueResult<BillingMonth>.Fail($"'{text}' has month {month}; months run from 01 to 12.");
        }

        if (year < 2000)
        {
            return ValueResult<BillingMonth>.Fail($"'{text}' is before the year 2000.");
        }

        return ValueResult<BillingMonth>.Ok(new BillingMonth(year, month));
    }

    public static BillingMonth Parse(string text) => TryParse(text).GetOrThrow("billing month");

    public int CompareTo(BillingMonth other) => Key.CompareTo(other.Key);

    public static bool operator <(BillingMonth left, BillingMonth right) => left.Key < right.Key;

    public static bool operator >(BillingMonth left, BillingMonth right) => left.Key > right.Key;

    public static bool operator <=(BillingMonth left, BillingMonth right) => left.Key <= right.Key;

    public static bool operator >=(BillingMonth left, BillingMonth right) => left.Key >= right.Key;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
