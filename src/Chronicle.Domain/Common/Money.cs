using System.Globalization;
using System.Text.RegularExpressions;

namespace Chronicle.Domain.Common;

/// <summary>An amount in US dollars held as whole cents, so sums never drift.</summary>
public readonly partial record struct Money(long Cents) : IComparable<Money>
{
    public static Money Zero => new(0);

    public static Money FromDollars(decimal dollars)
    {
        var cents = dollars * 100m;
        if (cents != decimal.Truncate(cents))
        {
            throw new InvalidValueException("amount", $"{dollars.ToString(CultureInfo.InvariantCulture)} has fractions of a cent.");
        }

        if (cents is > long.MaxValue or < long.MinValue)
        {
            throw new InvalidValueException("amount", $"{dollars.ToString(CultureInfo.InvariantCulture)} is too large an amount.");
        }

        return new Money((long)cents);
    }

    /// <summary>
    /// Parses what people and spreadsheets write: 12.34, $12.34, -$3.00, 1,234.56 (the form
    /// <see cref="ToString"/> prints). Fractions of a cent are refused rather than rounded, since a
    /// fee schedule or statement that has them is wrong and rounding would hide it.
    /// </summary>
    public static ValueResult<Money> TryParse(string? text)
    {
        var match = AmountPattern().Match(text?.Trim() ?? string.Empty);
        if (!match.Success
            || !decimal.TryParse(match.Groups["number"].Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var dollars))
        {
            return ValueResult<Money>.Fail($"'{text}' is not an amount such as 12.34.");
        }

        var cents = dollars * 100m;
        if (cents != decimal.Truncate(cents))
        {
            return ValueResult<Money>.Fail($"'{text}' has fractions of a cent.");
        }

        if (cents > long.MaxValue)
        {
            return ValueResult<Money>.Fail($"'{text}' is too large an amount.");
        }

        var value = (long)cents;
        return ValueResult<Money>.Ok(new Money(match.Groups["minus"].Success ? -value : value));
    }

    public decimal Dollars => Cents / 100m;

    public static Money operator +(Money left, Money right) => new(checked(left.Cents + right.Cents));

    public static Money operator -(Money left, Money right) => new(checked(left.Cents - right.Cents));

    public static Money operator *(Money amount, int factor) => new(checked(amount.Cents * factor));

    public static Money Add(Money left, Money right) => left + right;

    public static Money Subtract(Money left, Money right) => left - right;

    public static Money Multiply(Money amount, int factor) => amount * factor;

    /// <summary>A percentage share rounded half away from zero to the cent (e.g. 20 % coinsurance).</summary>
    public Money Percent(decimal percent) =>
        new((long)Math.Round(Cents * percent / 100m, MidpointRounding.AwayFromZero));

    public int CompareTo(Money other) => Cents.CompareTo(other.Cents);

    public static bool operator <(Money left, Money right) => left.Cents < right.Cents;

    public static bool operator >(Money left, Money right) => left.Cents > right.Cents;

    public static bool operator <=(Money left, Money right) => left.Cents <= right.Cents;

    public static bool operator >=(Money left, Money right) => left.Cents >= right.Cents;

    /// <summary>Plain form with two decimals, e.g. 60.49 or -3.00 (the form X12 and CSV use).</summary>
    public string ToPlainString() => Dollars.ToString("0.00", CultureInfo.InvariantCulture);

    public override string ToString() =>
        (Cents < 0 ? "-$" : "$") + Math.Abs(Dollars).ToString("#,##0.00", CultureInfo.InvariantCulture);

    // An optional sign, an optional dollar sign, then digits (grouped by commas in threes, or not)
    // with an optional decimal part.
    [GeneratedRegex(@"^(?:(?<minus>-)|\+)?\$?(?<number>(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]*)?|\.[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();
}
