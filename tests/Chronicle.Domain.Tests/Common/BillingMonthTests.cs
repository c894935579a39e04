namespace Chronicle.Domain.Tests.Common;

using Chronicle.Domain.Common;

public sealed class BillingMonthTests
{
    [Theory]
    [InlineData("2026-01", 2026, 1)]
    [InlineData("2026-12", 2026, 12)]
    [InlineData(" 2025-07 ", 2025, 7)]
    [InlineData("2000-01", 2000, 1)]
    [InlineData("2999-12", 2999, 12)]
    public void Parse_accepts_year_dash_month(string text, int year, int month)
    {
        var parsed = BillingMonth.Parse(text);

        Assert.Equal(new BillingMonth(year, month), parsed);
        Assert.Equal(year, parsed.Year);
        Assert.Equal(month, parsed.Month);
    }

    [Theory]
    [InlineData("2026-13", "has month 13; months run from 01 to 12")]
    [InlineData("2026-00", "has month 0; months run from 01 to 12")]
    [InlineData("1999-12", "is before the year 2000")]
    [InlineData("2026-1", "is not a month in the form YYYY-MM")]
    [InlineData("2026/01", "is not a month in the form YYYY-MM")]
    [InlineData("202601", "is not a month in the form YYYY-MM")]
    [InlineData("01-2026", "is not a month in the form YYYY-MM")]
    [InlineData("2026-01-15", "is not a month in the form YYYY-MM")]
    [InlineData("Jan 2026", "is not a month in the form YYYY-MM")]
    [InlineData("+026-01", "is not a month in the form YYYY-MM")]
    [InlineData("2026--1", "is not a month in the form YYYY-MM")]
    [InlineData("", "is not a month in the form YYYY-MM")]
    public void TryParse_rejects_other_forms_with_a_reason(string text, string reason)
    {
        var result = BillingMonth.TryParse(text);

        Assert.False(result.IsValid);
        Assert.Contains($"'{text}'", result.Error, StringComparison.Ordinal);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_of_null_fails_without_throwing()
    {
        Assert.Contains("is not a month in the form YYYY-MM", BillingMonth.TryParse(null).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_throws_an_invalid_value_exception_carrying_the_reason()
    {
        var error = Assert.Throws<InvalidValueException>(() => BillingMonth.Parse("2026-13"));

        Assert.Equal("billing month", error.ValueName);
        Assert.Contains("months run from 01 to 12", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1999, 1, "Year 1999 is outside 2000–2999.")]
    [InlineData(3000, 1, "Year 3000 is outside 2000–2999.")]
    [InlineData(2026, 0, "Month 0 is not between 1 and 12.")]
    [InlineData(2026, 13, "Month 13 is not between 1 and 12.")]
    public void Constructor_rejects_out_of_range_parts(int year, int month, string message)
    {
        var error = Assert.Throws<InvalidValueException>(() => new BillingMonth(year, month));

        Assert.Equal(message, error.Reason);
    }

    [Theory]
    [InlineData("2026-01", "2026-02", "2025-12")]
    [InlineData("2025-12", "2026-01", "2025-11")]
    [InlineData("2026-06", "2026-07", "2026-05")]
    public void Next_and_previous_cross_year_ends(string month, string next, string previous)
    {
        var value = BillingMonth.Parse(month);

        Assert.Equal(next, value.Next().ToString());
        Assert.Equal(previous, value.Previous().ToString());
        Assert.Equal(value, value.Next().Previous());
    }

    [Fact]
    public void Previous_of_the_first_supported_month_is_out_of_range()
    {
        var error = Assert.Throws<InvalidValueException>(() => new BillingMonth(2000, 1).Previous());

        Assert.Contains("Year 1999", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-01", 202601)]
    [InlineData("2025-12", 202512)]
    [InlineData("2000-01", 200001)]
    public void Key_is_yyyymm_and_FromKey_reverses_it(string month, int key)
    {
        var value = BillingMonth.Parse(month);

        Assert.Equal(key, value.Key);
        Assert.Equal(value, BillingMonth.FromKey(key));
    }

    [Theory]
    [InlineData(202613)]
    [InlineData(202600)]
    [InlineData(199912)]
    [InlineData(0)]
    [InlineData(-202601)]
    public void FromKey_rejects_keys_that_are_not_months(int key)
    {
        Assert.Throws<InvalidValueException>(() => BillingMonth.FromKey(key));
    }

    [Theory]
    [InlineData("2024-02", "2024-02-01", "2024-02-29", 29)]
    [InlineData("2026-02", "2026-02-01", "2026-02-28", 28)]
    [InlineData("2000-02", "2000-02-01", "2000-02-29", 29)]
    [InlineData("2100-02", "2100-02-01", "2100-02-28", 28)]
    [InlineData("2026-04", "2026-04-01", "2026-04-30", 30)]
    [InlineData("2026-12", "2026-12-01", "2026-12-31", 31)]
    public void First_and_last_day_follow_the_calendar_including_leap_february(string month, string first, string last, int days)
    {
        var value = BillingMonth.Parse(month);

        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), value.FirstDay);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), value.LastDay);
        Assert.Equal(days, value.DayCount);
    }

    [Theory]
    [InlineData("2026-01", "2026-01-01", true)]
    [InlineData("2026-01", "2026-01-31", true)]
    [InlineData("2026-01", "2026-02-01", false)]
    [InlineData("2026-01", "2025-01-15", false)]
    public void Contains_only_the_days_of_its_month(string month, string date, bool contained)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(contained, BillingMonth.Parse(month).Contains(day));
        Assert.Equal(contained, BillingMonth.Of(day) == BillingMonth.Parse(month));
    }

    [Fact]
    public void Months_order_by_time_across_years()
    {
        var december = BillingMonth.Parse("2025-12");
        var january = BillingMonth.Parse("2026-01");

        Assert.True(december < january);
        Assert.True(january > december);
        Assert.True(january >= BillingMonth.Parse("2026-01"));
        Assert.True(december <= january);
        Assert.Equal(-1, december.CompareTo(january));
        Assert.Equal(["2025-12", "2026-01", "2026-02"], new[] { january.Next(), december, january }.Order().Select(m => m.ToString()));
    }

    [Fact]
    public void ToString_pads_to_the_parse_form()
    {
        Assert.Equal("2026-03", new BillingMonth(2026, 3).ToString());
    }
}
