namespace Chronicle.Domain.Tests.Codes;

using Chronicle.Domain.Codes;

/// <summary>ICD-10-CM releases side by side: each checks the dates of service of its fiscal year (1 October to 30 September).</summary>
public sealed class Icd10ReleasesTests
{
    private static readonly Icd10CodeSet Fy2026 = new(new Dictionary<string, bool>
    {
        ["I42"] = false, ["I420"] = true, ["I429"] = true, ["I10"] = true, ["I425"] = true,
    }, 2026);

    private static readonly Icd10CodeSet Fy2027 = new(new Dictionary<string, bool>
    {
        ["I42"] = false, ["I420"] = false, ["I4200"] = true, ["I4201"] = true, ["I4209"] = true, ["I429"] = true, ["I10"] = true,
    }, 2027);

    private static readonly Icd10Releases Both = new([Fy2027, Fy2026]);

    [Theory]
    [InlineData("2025-10-01", 2026)]
    [InlineData("2026-09-30", 2026)]
    [InlineData("2026-10-01", 2027)]
    [InlineData("2027-09-30", 2027)]
    public void A_date_belongs_to_the_fiscal_year_that_starts_the_October_before(string date, int fiscalYear)
    {
        Assert.Equal(fiscalYear, Icd10FiscalYear.Of(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_code_that_became_a_header_is_billable_in_September_and_refused_in_October_with_its_new_children()
    {
        var code = Icd10Code.Parse("I42.0");

        Assert.Null(Both.Check(code, new DateOnly(2026, 9, 30)));
        var finding = Both.Check(code, new DateOnly(2026, 10, 1));

        Assert.NotNull(finding);
        Assert.Equal((Icd10Check.Header, "FY2027"), (finding.Check, finding.Release));
        Assert.Equal(["I42.00", "I42.01", "I42.09"], finding.Replacements.Select(c => c.Display));
        Assert.Equal(
            "on 2026-10-01 I42.0 is a category header in ICD-10-CM FY2027 (in force 2026-10-01 to 2027-09-30), not a billable code; code it as I42.00, I42.01 or I42.09.",
            finding.Message);
    }

    [Fact]
    public void A_deleted_code_is_refused_from_its_fiscal_year_with_the_billable_codes_beside_it()
    {
        var finding = Both.Check(Icd10Code.Parse("I42.5"), new DateOnly(2026, 11, 2));

        Assert.NotNull(finding);
        Assert.Equal(Icd10Check.Unknown, finding.Check);
        Assert.Contains("I42.5 is not in ICD-10-CM FY2027", finding.Message, StringComparison.Ordinal);
        Assert.Equal(["I42.00", "I42.01", "I42.09", "I42.9"], finding.Replacements.Select(c => c.Display));
        Assert.Null(Both.Check(Icd10Code.Parse("I42.5"), new DateOnly(2026, 9, 2)));
    }

    [Fact]
    public void Without_the_year_of_the_date_the_newest_earlier_release_checks_and_says_so()
    {
        var onlyFy2026 = new Icd10Releases([Fy2026]);
        var date = new DateOnly(2026, 10, 15);

        Assert.Equal("FY2026", onlyFy2026.For(date).Release);
        Assert.Null(onlyFy2026.Check(Icd10Code.Parse("I42.0"), date));
        Assert.Equal(
            "ICD-10-CM FY2027 (in force 2026-10-01 to 2027-09-30) is not loaded, so diagnoses were checked against FY2026; load it with 'chronicle codes import icd10cm' or 'chronicle codes import icd10cm-changes'",
            onlyFy2026.MissingRelease(date));
        Assert.Null(Both.MissingRelease(date));
        Assert.Equal("FY2026", new Icd10Releases([Fy2026]).For(new DateOnly(2020, 1, 1)).Release);
    }

    [Fact]
    public void With_no_release_loaded_codes_are_checked_for_shape_only()
    {
        Assert.False(Icd10Releases.None.IsLoaded);
        Assert.Null(Icd10Releases.None.Check(Icd10Code.Parse("I42.0"), new DateOnly(2026, 10, 1)));
        Assert.Null(Icd10Releases.None.MissingRelease(new DateOnly(2026, 10, 1)));
    }
}

/// <summary>The built-in chronic classification covers the codes ICD-10-CM FY2027 added under conditions a CCM problem list carries.</summary>
public sealed class Fy2027ChronicCodesTests
{
    [Theory]
    [InlineData("I42.00", "Heart Failure and Non-Ischemic Heart Disease")]
    [InlineData("I42.01", "Heart Failure and Non-Ischemic Heart Disease")]
    [InlineData("I42.09", "Heart Failure and Non-Ischemic Heart Disease")]
    [InlineData("I42.81", "Heart Failure and Non-Ischemic Heart Disease")]
    [InlineData("I42.89", "Heart Failure and Non-Ischemic Heart Disease")]
    [InlineData("I49.81", "Other Specified Cardiac Arrhythmias")]
    [InlineData("I49.82", "Other Specified Cardiac Arrhythmias")]
    [InlineData("I49.89", "Other Specified Cardiac Arrhythmias")]
    [InlineData("E89.830", "Postprocedural Hypoglycemia")]
    [InlineData("E89.838", "Postprocedural Hypoglycemia")]
    public void A_new_FY2027_code_is_chronic_in_its_category(string code, string category)
    {
        var parsed = Icd10Code.Parse(code);

        var classification = Chronicle.Domain.Eligibility.ChronicClassifier.BuiltInOnly.Classify(Chronicle.Domain.Patients.CodeSystem.Icd10Cm, parsed.Value, parsed);

        Assert.Equal((true, category), (classification.IsChronic, classification.Category));
    }
}
