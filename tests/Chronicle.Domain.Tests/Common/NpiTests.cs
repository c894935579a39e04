namespace Chronicle.Domain.Tests.Common;

using System.Globalization;
using Chronicle.Domain.Common;
using Chronicle.Domain.Tests.Infrastructure;

/// <summary>
/// The NPI check digit is the Luhn digit of 80840 followed by the first nine digits (CMS). The
/// valid rows below were computed with the "constant 24" method, e.g. for 1234567893:
/// doubled 9,7,5,3,1 → 9+5+1+6+2 = 23; kept 8,6,4,2 → 20; 23 + 20 + 24 = 67 → check digit 3.
/// </summary>
public sealed class NpiTests
{
    private const string ExamplesFile = "npi/npi_examples.csv";

    [Theory]
    [InlineData("1234567893")]
    [InlineData("1245319599")]
    [InlineData("1003000126")]
    [InlineData("2000000002")]
    [InlineData("1000000004")]
    [InlineData("1111111112")]
    [InlineData(" 1234567893 ")]
    public void Accepts_ten_digits_whose_last_is_the_80840_luhn_digit(string text)
    {
        var npi = Npi.Parse(text);

        Assert.Equal(text.Trim(), npi.Value);
        Assert.Equal(text.Trim(), npi.ToString());
    }

    [Theory]
    [InlineData("1234567890", "check digit should be 3")]
    [InlineData("1234567894", "check digit should be 3")]
    [InlineData("1245319590", "check digit should be 9")]
    [InlineData("2000000000", "check digit should be 2")]
    [InlineData("1243567893", "check digit should be")]
    [InlineData("123456789", "exactly 10 digits")]
    [InlineData("12345678930", "exactly 10 digits")]
    [InlineData("123456789A", "exactly 10 digits")]
    [InlineData("12345-67893", "exactly 10 digits")]
    [InlineData("1234 567893", "exactly 10 digits")]
    [InlineData("１２３４５６７８９３", "exactly 10 digits")]
    [InlineData("", "The NPI is empty.")]
    [InlineData("   ", "The NPI is empty.")]
    public void Rejects_wrong_length_characters_and_check_digit(string text, string reason)
    {
        var result = Npi.TryParse(text);

        Assert.False(result.IsValid);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transposition_is_caught_by_the_check_digit()
    {
        Assert.True(Npi.TryParse("1234567893").IsValid);
        Assert.False(Npi.TryParse("1234567983").IsValid);
    }

    [Theory]
    [InlineData("123456789", 3)]
    [InlineData("124531959", 9)]
    [InlineData("100300012", 6)]
    [InlineData("200000000", 2)]
    public void CheckDigit_computes_the_tenth_digit(string baseDigits, int check)
    {
        Assert.Equal(check, Npi.CheckDigit(baseDigits));
    }

    [Fact]
    public void CheckDigit_refuses_a_base_that_is_not_nine_digits()
    {
        Assert.Throws<ArgumentException>(() => Npi.CheckDigit("12345678"));
    }

    [Fact]
    public void CheckDigit_agrees_with_plain_luhn_over_the_15_digit_prefixed_number()
    {
        var random = new Random(20260101);
        for (var i = 0; i < 500; i++)
        {
            var baseDigits = random.NextInt64(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
            var check = Npi.CheckDigit(baseDigits);

            Assert.True(LuhnValid("80840" + baseDigits + check.ToString(CultureInfo.InvariantCulture)), baseDigits);
        }
    }

    [Fact]
    public void Parse_throws_with_the_value_name()
    {
        var error = Assert.Throws<InvalidValueException>(() => Npi.Parse("1234567890"));

        Assert.Equal("NPI", error.ValueName);
        Assert.Equal("'1234567890' is not a valid NPI: its check digit should be 3.", error.Reason);
    }

    public static TheoryData<string, bool> PublishedExamples()
    {
        var rows = new TheoryData<string, bool>();
        foreach (var line in File.ReadLines(PublicData.SubsetFile(ExamplesFile)).Skip(1).Where(l => l.Length > 0))
        {
            rows.Add(line[..line.IndexOf(',', StringComparison.Ordinal)], line[^1] == '1');
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(PublishedExamples))]
    public void Agrees_with_each_row_of_the_npi_examples(string input, bool luhnValidWith80840)
    {
        Assert.Equal(luhnValidWith80840, Npi.TryParse(input).IsValid);
    }

    private static bool LuhnValid(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit = digit * 2 > 9 ? (digit * 2) - 9 : digit * 2;
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
