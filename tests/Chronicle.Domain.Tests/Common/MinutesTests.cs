namespace Chronicle.Domain.Tests.Common;

using Chronicle.Domain.Common;

public sealed class MinutesTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("20", 20)]
    [InlineData(" 45 ", 45)]
    [InlineData("44640", 44640)]
    public void TryParse_accepts_whole_non_negative_minutes(string text, int value)
    {
        Assert.Equal(new Minutes(value), Minutes.TryParse(text).Value);
    }

    [Theory]
    [InlineData("-5", "is not a whole, non-negative number of minutes")]
    [InlineData("20.5", "is not a whole, non-negative number of minutes")]
    [InlineData("twenty", "is not a whole, non-negative number of minutes")]
    [InlineData("+20", "is not a whole, non-negative number of minutes")]
    [InlineData("1e3", "is not a whole, non-negative number of minutes")]
    [InlineData("", "is not a whole, non-negative number of minutes")]
    [InlineData("99999999999", "is not a whole, non-negative number of minutes")]
    [InlineData("44641", "44641 minutes is more than a month holds")]
    public void TryParse_rejects_with_a_reason(string text, string reason)
    {
        var result = Minutes.TryParse(text);

        Assert.False(result.IsValid);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, "Minutes cannot be negative (-1).")]
    [InlineData(44641, "44641 minutes is more than a month holds.")]
    public void Constructor_rejects_negative_and_impossible_values(int value, string message)
    {
        Assert.Equal(message, Assert.Throws<InvalidValueException>(() => new Minutes(value)).Reason);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(59, 0)]
    [InlineData(60, 1)]
    [InlineData(1199, 19)]
    [InlineData(1200, 20)]
    public void FromSeconds_counts_whole_minutes_only(int seconds, int minutes)
    {
        Assert.Equal(minutes, Minutes.FromSeconds(seconds).Value);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-60)]
    public void FromSeconds_rejects_a_negative_duration(int seconds)
    {
        Assert.Contains("cannot be negative", Assert.Throws<InvalidValueException>(() => Minutes.FromSeconds(seconds)).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(12, 8, 20)]
    [InlineData(0, 0, 0)]
    [InlineData(44000, 1000, 44640)]
    public void Addition_sums_and_stops_at_what_a_month_holds(int left, int right, int sum)
    {
        Assert.Equal(sum, (new Minutes(left) + new Minutes(right)).Value);
        Assert.Equal(sum, Minutes.Add(new Minutes(left), new Minutes(right)).Value);
    }

    [Theory]
    [InlineData(12, 20, 8)]
    [InlineData(20, 20, 0)]
    [InlineData(35, 20, 0)]
    public void Until_is_what_remains_to_a_threshold(int worked, int threshold, int remaining)
    {
        Assert.Equal(remaining, new Minutes(worked).Until(new Minutes(threshold)).Value);
    }

    [Fact]
    public void Minutes_compare_and_print()
    {
        Assert.True(new Minutes(19) < new Minutes(20));
        Assert.True(new Minutes(20) >= new Minutes(20));
        Assert.True(new Minutes(21) > new Minutes(20));
        Assert.True(new Minutes(20) <= new Minutes(21));
        Assert.Equal(Minutes.Zero, new Minutes(0));
        Assert.Equal("25 min", new Minutes(25).ToString());
    }
}
