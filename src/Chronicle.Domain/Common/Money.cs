using System.Globalization;

namespace Chronicle.Domain.Common;

/// <summary>An amount in US dollars held as whole cents, so sums never drift.</summary>
public readonly record struct Money(long Cents) : IComparable<Money>
{
    public static Money Zero => new(0);

    public static Money FromDollars(decimal dollars)
    {
        var cents = dollars * 100m;
        if (cents != decimal.Truncate(cents))
        {
            throw new InvalidValueException("amount", $"{dollars.ToString(CultureInfo.InvariantCulture)} has fractions of a cent.");
        }

        return new Money((long)cents);
    }

    public static ValueResult<Money> TryParse(string? text)
    {
        var value = text?.Trim().TrimStart('$') ?? string.Empty;
        if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var dollars))
        {
            return ValueResult<Money>.Fail($"'{text}' is not an amount such as 12.34.");
        }

        return dollars * 100m != decimal.Truncate(dollars * 100m)
            ? ValueResult<Money>.Fail($"'{text}' has fractions of a cent.")
            : ValueResult<Money>.Ok(new Money((long)(dollars * 100m)));
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
}
