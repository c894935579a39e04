namespace Chronicle.Domain.Tests.Common;

using Chronicle.Domain.Common;

public sealed class HcpcsCodeTests
{
    [Theory]
    [InlineData("99490", "99490")]
    [InlineData("99439", "99439")]
    [InlineData("G0506", "G0506")]
    [InlineData("g0506", "G0506")]
    [InlineData(" 99214 ", "99214")]
    [InlineData("1111F", "1111F")]
    [InlineData("0503T", "0503T")]
    [InlineData("0001U", "0001U")]
    [InlineData("G0556", "G0556")]
    public void Accepts_cpt_category_ii_iii_pla_and_hcpcs_level_ii(string text, string value)
    {
        var code = HcpcsCode.Parse(text);

        Assert.Equal(value, code.Value);
        Assert.Equal(value, code.ToString());
    }

    [Theory]
    [InlineData("9949")]
    [InlineData("994900")]
    [InlineData("9949A")]
    [InlineData("GG506")]
    [InlineData("G05O6")]
    [InlineData("99-90")]
    [InlineData("99 490")]
    [InlineData("1111X")]
    [InlineData("１９９４９")]
    public void Rejects_what_is_not_five_characters_of_a_known_shape(string text)
    {
        var result = HcpcsCode.TryParse(text);

        Assert.False(result.IsValid);
        Assert.Equal($"'{text}' is not a CPT/HCPCS code: expected 5 characters such as 99490 or G0506.", result.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void Rejects_an_empty_code(string? text)
    {
        Assert.Equal("The procedure code is empty.", HcpcsCode.TryParse(text).Error);
    }

    [Fact]
    public void Parse_throws_with_the_value_name()
    {
        Assert.Equal("CPT/HCPCS code", Assert.Throws<InvalidValueException>(() => HcpcsCode.Parse("9949")).ValueName);
    }
}
