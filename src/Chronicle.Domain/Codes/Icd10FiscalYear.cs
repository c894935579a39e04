namespace Chronicle.Domain.Codes;

using System.Globalization;

/// <summary>
/// ICD-10-CM fiscal years: release FY N is in force from 1 October of N − 1 to 30 September of N
/// (CMS publishes each release with that effective date). A calendar month never straddles two.
/// </summary>
public static class Icd10FiscalYear
{
    /// <summary>The fiscal year whose release is in force on the date: 2026-10-01 is FY2027.</summary>
    public static int Of(DateOnly date) => date.Month >= 10 ? date.Year + 1 : date.Year;

    public static DateOnly Start(int fiscalYear) => new(fiscalYear - 1, 10, 1);

    public static DateOnly End(int fiscalYear) => new(fiscalYear, 9, 30);

    /// <summary>"FY2027", as releases are named everywhere.</summary>
    public static string Name(int fiscalYear) => string.Create(CultureInfo.InvariantCulture, $"FY{fiscalYear}");

    /// <summary>"FY2027 (in force 2026-10-01 to 2027-09-30)".</summary>
    public static string Describe(int fiscalYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{Name(fiscalYear)} (in force {Start(fiscalYear):yyyy-MM-dd} to {End(fiscalYear):yyyy-MM-dd})");
}
