namespace Chronicle.Interop.Codes;

/// <summary>
/// One code of a CMS ICD-10-CM release file: the code without a dot (as CMS writes it), whether
/// it is billable (a header such as E11 is not) and its long description.
/// </summary>
public sealed record Icd10Entry(string Code, bool Billable, string Description);

/// <summary>The two layouts CMS publishes in "code descriptions in tabular order".</summary>
public enum Icd10FileLayout
{
    /// <summary>icd10cm_order_YYYY.txt: every code, headers included, with a billable flag.</summary>
    Order,

    /// <summary>icd10cm_codes_YYYY.txt: billable codes only.</summary>
    Codes,
}
