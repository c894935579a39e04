namespace Chronicle.Domain.Tests.Common;

using Chronicle.Domain.Common;

/// <summary>
/// CMS MBI format: 11 characters, C A AN N A AN N A A N N, where C is a digit 1–9, N a digit,
/// A a letter other than S, L, O, I, B, Z, and AN either. 1EG4-TE5-MK73 is the CMS example.
/// Each failing row breaks exactly one position of that example.
/// </summary>
public sealed class MbiTests
{
    private const string AnyLetter = "must be a letter other than S, L, O, I, B or Z";
    private const string LetterOrDigit = "must be a digit or a letter other than S, L, O, I, B or Z";

    [Theory]
    [InlineData("1EG4-TE5-MK73", "1EG4TE5MK73")]
    [InlineData("1EG4TE5MK73", "1EG4TE5MK73")]
    [InlineData("1eg4-te5-mk73", "1EG4TE5MK73")]
    [InlineData(" 1EG4TE5MK73 ", "1EG4TE5MK73")]
    [InlineData("1E04TE5MK73", "1E04TE5MK73")]
    [InlineData("1EG4T95MK73", "1EG4T95MK73")]
    [InlineData("9AA9AA9AA99", "9AA9AA9AA99")]
    [InlineData("1YY0YY0YY00", "1YY0YY0YY00")]
    public void Accepts_the_cms_pattern_with_or_without_display_dashes(string text, string stored)
    {
        var mbi = Mbi.Parse(text);

        Assert.Equal(stored, mbi.Value);
        Assert.Equal(stored, mbi.ToString());
    }

    [Theory]
    [InlineData("0EG4TE5MK73", 1, "must be a digit 1–9, found '0'")]
    [InlineData("AEG4TE5MK73", 1, "must be a digit 1–9, found 'A'")]
    [InlineData("11G4TE5MK73", 2, AnyLetter + ", found '1'")]
    [InlineData("1SG4TE5MK73", 2, AnyLetter + ", found 'S'")]
    [InlineData("1EL4TE5MK73", 3, LetterOrDigit + ", found 'L'")]
    [InlineData("1EGATE5MK73", 4, "must be a digit, found 'A'")]
    [InlineData("1EG4OE5MK73", 5, AnyLetter + ", found 'O'")]
    [InlineData("1EG42E5MK73", 5, AnyLetter + ", found '2'")]
    [InlineData("1EG4TI5MK73", 6, LetterOrDigit + ", found 'I'")]
    [InlineData("1EG4TEBMK73", 7, "must be a digit, found 'B'")]
    [InlineData("1EG4TE5ZK73", 8, AnyLetter + ", found 'Z'")]
    [InlineData("1EG4TE58K73", 8, AnyLetter + ", found '8'")]
    [InlineData("1EG4TE5MB73", 9, AnyLetter + ", found 'B'")]
    [InlineData("1EG4TE5M073", 9, AnyLetter + ", found '0'")]
    [InlineData("1EG4TE5MKK3", 10, "must be a digit, found 'K'")]
    [InlineData("1EG4TE5MK7X", 11, "must be a digit, found 'X'")]
    [InlineData("1eg4te5mk7s", 11, "must be a digit, found 'S'")]
    [InlineData("1EG4TE5MK7３", 11, "must be a digit, found '３'")]
    public void Names_the_first_position_that_breaks_the_pattern(string text, int position, string problem)
    {
        var result = Mbi.TryParse(text);

        Assert.False(result.IsValid);
        Assert.Equal($"'{text}' is not an MBI: position {position} {problem}.", result.Error);
    }

    [Theory]
    [InlineData("1EG-4TE5-MK73")]
    [InlineData("1EG4-TE5MK73")]
    [InlineData("1EG4TE5-MK73")]
    [InlineData("1EG4-TE5-MK7-3")]
    [InlineData("1EG4--E5-MK73")]
    [InlineData("-1EG4TE5MK73")]
    public void Dashes_are_allowed_only_in_the_4_3_4_display_form(string text)
    {
        Assert.Contains("dashes may only follow the 4th and 7th characters", Mbi.TryParse(text).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1EG4TE5MK7", 10)]
    [InlineData("1EG4TE5MK734", 12)]
    [InlineData("1EG4 TE5 MK73", 13)]
    public void Rejects_other_lengths_saying_how_long_it_is(string text, int length)
    {
        Assert.Contains($"an MBI has 11 characters, this has {length}", Mbi.TryParse(text).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void Rejects_an_empty_value(string? text)
    {
        Assert.Equal("The MBI is empty.", Mbi.TryParse(text).Error);
    }

    [Fact]
    public void Display_puts_the_dashes_back()
    {
        Assert.Equal("1EG4-TE5-MK73", Mbi.Parse("1eg4te5mk73").Display);
    }

    [Fact]
    public void The_same_identifier_written_two_ways_is_equal()
    {
        Assert.Equal(Mbi.Parse("1EG4-TE5-MK73"), Mbi.Parse("1eg4te5mk73"));
    }

    [Fact]
    public void Parse_throws_with_the_value_name()
    {
        var error = Assert.Throws<InvalidValueException>(() => Mbi.Parse("0EG4TE5MK73"));

        Assert.Equal("MBI", error.ValueName);
    }
}
