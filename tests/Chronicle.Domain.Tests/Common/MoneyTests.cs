namespace Chronicle.Domain.Tests.Common;

using Chronicle.Domain.Common;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("12.34", 1234)]
    [InlineData("$12.34", 1234)]
    [InlineData(" $60.49 ", 6049)]
    [InlineData("60", 6000)]
    [InlineData("60.5", 6050)]
    [InlineData("0.01", 1)]
    [InlineData(".99", 99)]
    [InlineData("12.", 1200)]
    [InlineData("12.340", 1234)]
    [InlineData("-3.00", -300)]
    [InlineData("-$3.00", -300)]
    [InlineData("+7.25", 725)]
    [InlineData("$1,234.56", 123456)]
    [InlineData("1,234,567.89", 123456789)]
    [InlineData("0", 0)]
    public void TryParse_reads_dollar_amounts_into_cents(string text, long cents)
    {
        var result = Money.TryParse(text);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(new Money(cents), result.Value);
    }

    [Theory]
    [InlineData("12.345", "has fractions of a cent")]
    [InlineData("$0.001", "has fractions of a cent")]
    [InlineData("-1.005", "has fractions of a cent")]
    [InlineData("$$12", "is not an amount such as 12.34")]
    [InlineData("12$", "is not an amount such as 12.34")]
    [InlineData("$-3.00", "is not an amount such as 12.34")]
    [InlineData("12,34", "is not an amount such as 12.34")]
    [InlineData("1,2,3", "is not an amount such as 12.34")]
    [InlineData("12.34.56", "is not an amount such as 12.34")]
    [InlineData("1e3", "is not an amount such as 12.34")]
    [InlineData("(3.00)", "is not an amount such as 12.34")]
    [InlineData("twelve", "is not an amount such as 12.34")]
    [InlineData("$", "is not an amount such as 12.34")]
    [InlineData("", "is not an amount such as 12.34")]
    [InlineData("99999999999999999999", "is too large an amount")]
    [InlineData("999999999999999999999999999999", "is not an amount such as 12.34")]
    public void TryParse_rejects_with_a_reason_and_never_throws(string text, string reason)
    {
        var result = Money.TryParse(text);

        Assert.False(result.IsValid);
        Assert.Equal($"'{text}' {reason}.", result.Error);
    }

    [Theory]
    [InlineData(12.34, 1234)]
    [InlineData(-0.5, -50)]
    [InlineData(0, 0)]
    public void FromDollars_takes_whole_cents(double dollars, long cents)
    {
        Assert.Equal(cents, Money.FromDollars((decimal)dollars).Cents);
    }

    [Fact]
    public void FromDollars_refuses_fractions_of_a_cent_and_overflow()
    {
        Assert.Contains("fractions of a cent", Assert.Throws<InvalidValueException>(() => Money.FromDollars(0.125m)).Reason, StringComparison.Ordinal);
        Assert.Contains("too large", Assert.Throws<InvalidValueException>(() => Money.FromDollars(100_000_000_000_000_000m)).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1234, 66, 1300, 1168)]
    [InlineData(100, -250, -150, 350)]
    [InlineData(0, 0, 0, 0)]
    public void Adds_and_subtracts_in_cents(long left, long right, long sum, long difference)
    {
        Assert.Equal(new Money(sum), new Money(left) + new Money(right));
        Assert.Equal(new Money(sum), Money.Add(new Money(left), new Money(right)));
        Assert.Equal(new Money(difference), new Money(left) - new Money(right));
        Assert.Equal(new Money(difference), Money.Subtract(new Money(left), new Money(right)));
    }

    [Fact]
    public void Ten_cents_added_ten_times_is_exactly_a_dollar()
    {
        var total = Enumerable.Repeat(Money.TryParse("0.10").Value, 10).Aggregate(Money.Zero, Money.Add);

        Assert.Equal(new Money(100), total);
    }

    [Theory]
    [InlineData(6049, 2, 12098)]
    [InlineData(-300, 3, -900)]
    [InlineData(6049, 0, 0)]
    public void Multiplies_by_whole_units(long cents, int factor, long product)
    {
        Assert.Equal(new Money(product), new Money(cents) * factor);
        Assert.Equal(new Money(product), Money.Multiply(new Money(cents), factor));
    }

    [Fact]
    public void Overflow_throws_rather_than_wrapping()
    {
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue) + new Money(1));
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue) * 2);
    }

    [Theory]
    [InlineData(6049, 20, 1210)]
    [InlineData(6234, 20, 1247)]
    [InlineData(1250, 20, 250)]
    [InlineData(5, 50, 3)]
    [InlineData(15, 10, 2)]
    [InlineData(25, 10, 3)]
    [InlineData(-5, 50, -3)]
    [InlineData(-25, 10, -3)]
    [InlineData(14, 10, 1)]
    [InlineData(6049, 0, 0)]
    [InlineData(6049, 100, 6049)]
    public void Percent_rounds_half_away_from_zero_to_the_cent(long cents, int percent, long share)
    {
        Assert.Equal(new Money(share), new Money(cents).Percent(percent));
    }

    [Fact]
    public void Percent_takes_fractional_rates()
    {
        Assert.Equal(new Money(1512), new Money(6049).Percent(25m));
        Assert.Equal(new Money(756), new Money(6049).Percent(12.5m));
    }

    [Theory]
    [InlineData(6049, "$60.49", "60.49")]
    [InlineData(-300, "-$3.00", "-3.00")]
    [InlineData(0, "$0.00", "0.00")]
    [InlineData(5, "$0.05", "0.05")]
    [InlineData(123456789, "$1,234,567.89", "1234567.89")]
    public void Prints_for_people_and_for_files(long cents, string display, string plain)
    {
        var money = new Money(cents);

        Assert.Equal(display, money.ToString());
        Assert.Equal(plain, money.ToPlainString());
        Assert.Equal(money, Money.TryParse(display).Value);
        Assert.Equal(money, Money.TryParse(plain).Value);
    }

    [Fact]
    public void Amounts_compare_by_cents()
    {
        Assert.True(new Money(-1) < Money.Zero);
        Assert.True(new Money(100) > new Money(99));
        Assert.True(new Money(100) >= new Money(100));
        Assert.True(new Money(99) <= new Money(100));
        Assert.Equal(1.5m, new Money(150).Dollars);
    }
}
