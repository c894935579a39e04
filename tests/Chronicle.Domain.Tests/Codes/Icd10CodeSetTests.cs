namespace Chronicle.Domain.Tests.Codes;

using Chronicle.Domain.Codes;

public sealed class Icd10CodeSetTests
{
    // A few lines of a release as the loader gives them: code without the dot → billable.
    private static readonly Icd10CodeSet Release = new(
        new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            ["E11"] = false,
            ["E119"] = true,
            ["E1165"] = true,
            ["I10"] = true,
            ["N18"] = false,
            ["N1830"] = true,
            ["G35"] = false,
            ["G35D"] = true,
            ["QA00101"] = true,
        },
        "FY2026");

    [Theory]
    [InlineData("E11.9", Icd10Check.Billable)]
    [InlineData("E119", Icd10Check.Billable)]
    [InlineData("I10", Icd10Check.Billable)]
    [InlineData("QA00101", Icd10Check.Billable)]
    [InlineData("E11", Icd10Check.Header)]
    [InlineData("N18", Icd10Check.Header)]
    [InlineData("G35", Icd10Check.Header)]
    [InlineData("E11.99", Icd10Check.Unknown)]
    [InlineData("Z99.99", Icd10Check.Unknown)]
    public void A_loaded_release_tells_billable_from_header_and_unknown(string code, Icd10Check expected)
    {
        Assert.True(Release.IsLoaded);
        Assert.Equal(expected, Release.Check(Icd10Code.Parse(code)));
    }

    [Theory]
    [InlineData("E11.9")]
    [InlineData("Z99.99")]
    public void Without_a_release_codes_are_checked_for_shape_only(string code)
    {
        Assert.False(Icd10CodeSet.None.IsLoaded);
        Assert.Equal(Icd10Check.FormatOnly, Icd10CodeSet.None.Check(Icd10Code.Parse(code)));
    }

    [Fact]
    public void A_set_without_a_release_name_or_without_codes_counts_as_not_loaded()
    {
        var unnamed = new Icd10CodeSet(new Dictionary<string, bool> { ["E119"] = true }, null);
        var empty = new Icd10CodeSet(new Dictionary<string, bool>(), "FY2026");

        Assert.Equal(Icd10Check.FormatOnly, unnamed.Check(Icd10Code.Parse("E11.9")));
        Assert.Equal(Icd10Check.FormatOnly, empty.Check(Icd10Code.Parse("E11.9")));
    }

    [Theory]
    [InlineData(Icd10Check.Billable, "E11.9 is a billable ICD-10-CM code in FY2026.")]
    [InlineData(Icd10Check.Header, "E11.9 is a category header in FY2026, not a billable code; choose a more specific code.")]
    [InlineData(Icd10Check.Unknown, "E11.9 is not in ICD-10-CM FY2026.")]
    public void Describe_says_what_the_check_found_with_the_dotted_code(Icd10Check check, string message)
    {
        Assert.Equal(message, Icd10CodeSet.Describe(check, Icd10Code.Parse("E119"), "FY2026"));
    }

    [Fact]
    public void Describe_of_a_shape_only_check_says_how_to_load_a_release()
    {
        var message = Icd10CodeSet.Describe(Icd10Check.FormatOnly, Icd10Code.Parse("E119"), null);

        Assert.StartsWith("E11.9 has the shape of an ICD-10-CM code; no code set is loaded", message, StringComparison.Ordinal);
        Assert.Contains("chronicle codes import icd10cm", message, StringComparison.Ordinal);
    }
}
