namespace Chronicle.Domain.Common;

/// <summary>
/// A whole number of minutes of care-management time. Never negative; CMS thresholds are
/// counted in whole minutes, so partial minutes are truncated where time is converted.
/// </summary>
public readonly record struct Minutes : IComparable<Minutes>
{
    // A month has at most 31 × 24 × 60 minutes; anything larger is a data error, not time worked.
    public const int MaxPerMonth = 31 * 24 * 60;

    public Minutes(int value)
    {
        if (value < 0)
        {
            throw new InvalidValueException("minutes", $"Minutes cannot be negative ({value}).");
        }

        if (value > MaxPerMonth)
        {
            throw new InvalidValueException("minutes", $"{value} minutes is more than a month holds.");
        }

        Value = value;
    }

    public int Value { get; }

    public static Minutes Zero => default;

    /// <summary>Whole minutes in a duration in seconds; a started minute does not count (CMS counts whole minutes).</summary>
    public static Minutes FromSeconds(int seconds) =>
        seconds < 0
            ? throw new InvalidValueException("minutes", $"A duration cannot be negative ({seconds} seconds).")
            : new(seconds / 60);

    public static ValueResult<Minutes> TryParse(string? text)
    {
        var value = text?.Trim() ?? string.Empty;
        if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minutes))
        {
            return ValueResult<Minutes>.Fail($"'{text}' is not a whole, non-negative number of minutes.");
        }

        return minutes > MaxPerMonth
            ? ValueResult<Minutes>.Fail($"{minutes} minutes is more than a month holds.")
            : ValueResult<Minutes>.Ok(new Minutes(minutes));
    }

    public static Minutes operator +(Minutes left, Minutes right) => new(Math.Min(MaxPerMonth, left.Value + right.Value));

    public static Minutes Add(Minutes left, Minutes right) => left + right;

    /// <summary>How many minutes remain until <paramref name="threshold"/>; zero once it is reached.</summary>
    public Minutes Until(Minutes threshold) => new(Math.Max(0, threshold.Value - Value));

    public int CompareTo(Minutes other) => Value.CompareTo(other.Value);

    public static bool operator <(Minutes left, Minutes right) => left.Value < right.Value;

    public static bool operator >(Minutes left, Minutes right) => left.Value > right.Value;

    public static bool operator <=(Minutes left, Minutes right) => left.Value <= right.Value;

    public static bool operator >=(Minutes left, Minutes right) => left.Value >= right.Value;

    public override string ToString() => $"{Value} min";
}
