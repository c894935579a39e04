namespace Chronicle.Domain.Tests.Codes;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Domain.Tests.Infrastructure;

public sealed class Icd10CodeTests
{
    [Theory]
    [InlineData("E11.9", "E119", "E11.9", "E11")]
    [InlineData("E119", "E119", "E11.9", "E11")]
    [InlineData("e11.9", "E119", "E11.9", "E11")]
    [InlineData(" I10 ", "I10", "I10", "I10")]
    [InlineData("B20", "B20", "B20", "B20")]
    [InlineData("N18.30", "N1830", "N18.30", "N18")]
    [InlineData("E11.3299", "E113299", "E11.3299", "E11")]
    [InlineData("T36.0X1A", "T360X1A", "T36.0X1A", "T36")]
    [InlineData("QA00101", "QA00101", "QA0.0101", "QA0")]
    [InlineData("QA0.8", "QA08", "QA0.8", "QA0")]
    [InlineData("C4A.0", "C4A0", "C4A.0", "C4A")]
    [InlineData("D3A.010", "D3A010", "D3A.010", "D3A")]
    [InlineData("M1A.0710", "M1A0710", "M1A.0710", "M1A")]
    [InlineData("Z3A.20", "Z3A20", "Z3A.20", "Z3A")]
    [InlineData("F32.A", "F32A", "F32.A", "F32")]
    [InlineData("G35.D", "G35D", "G35.D", "G35")]
    [InlineData("U07.1", "U071", "U07.1", "U07")]
    public void Accepts_icd10cm_shapes_with_or_without_the_dot(string text, string value, string display, string category)
    {
        var code = Icd10Code.Parse(text);

        Assert.Equal(value, code.Value);
        Assert.Equal(display, code.Display);
        Assert.Equal(display, code.ToString());
        Assert.Equal(category, code.Category);
    }

    [Theory]
    [InlineData("E11.9", "E119")]
    [InlineData("e11.9", "E11.9")]
    [InlineData("QA0.0101", "QA00101")]
    public void The_dotted_and_undotted_forms_are_the_same_code(string left, string right)
    {
        Assert.Equal(Icd10Code.Parse(left), Icd10Code.Parse(right));
    }

    [Theory]
    [InlineData("E1.19", "a dot may only follow the first three characters")]
    [InlineData("E11..9", "a dot may only follow the first three characters")]
    [InlineData(".E119", "a dot may only follow the first three characters")]
    [InlineData("E11.", "a dot may only follow the first three characters")]
    [InlineData("E11.9.", "a dot may only follow the first three characters")]
    [InlineData("E119.", "a dot may only follow the first three characters")]
    [InlineData("E1", "codes have 3 to 7 characters")]
    [InlineData("E11.12345", "codes have 3 to 7 characters")]
    [InlineData("E1112345", "codes have 3 to 7 characters")]
    [InlineData("111.9", "it must start with a letter")]
    [InlineData("É11.9", "it must start with a letter")]
    [InlineData("E11-9", "only letters and digits are allowed")]
    [InlineData("E 119", "only letters and digits are allowed")]
    [InlineData("E11.９", "only letters and digits are allowed")]
    [InlineData("EE11", "the second character must be a digit")]
    [InlineData("AA0", "the second character must be a digit")]
    [InlineData("ZA00", "the second character must be a digit")]
    public void Rejects_other_shapes_with_the_rule_broken(string text, string reason)
    {
        var result = Icd10Code.TryParse(text);

        Assert.False(result.IsValid);
        Assert.StartsWith($"'{text}' is not an ICD-10-CM code: {reason}", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void Rejects_an_empty_code(string? text)
    {
        Assert.Equal("The ICD-10-CM code is empty.", Icd10Code.TryParse(text).Error);
    }

    [Fact]
    public void Parse_throws_with_the_value_name()
    {
        Assert.Equal("ICD-10-CM code", Assert.Throws<InvalidValueException>(() => Icd10Code.Parse("E1.19")).ValueName);
    }

    [Fact]
    public void Every_billable_code_of_the_fy2026_release_has_a_valid_shape()
    {
        var codes = PublicData.BillableIcd10Codes(Path.Combine("icd10cm", "icd10cm_codes_2026.txt"));

        var rejected = codes.Keys.Where(code => !Icd10Code.TryParse(code).IsValid).Take(5).ToList();

        Assert.True(codes.Count > 70_000, $"only {codes.Count} codes read");
        Assert.Empty(rejected);
        Assert.Contains("QA00101", codes.Keys);
    }
}
