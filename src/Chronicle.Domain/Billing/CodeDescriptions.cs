namespace Chronicle.Domain.Billing;

using System.Collections.Frozen;

/// <summary>
/// What each HCPCS/CPT code Chronicle bills or records means, in the project's own words (CPT
/// descriptors are the AMA's copyrighted text and are not reproduced). The one table pages, the
/// demo's visits, claims and PDFs read; a code not listed is shown as its code alone.
/// Section numbers refer to docs/rules/ccm.md §1.
/// </summary>
public static class CodeDescriptions
{
    private static readonly FrozenDictionary<string, string> Table = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["99490"] = "Chronic care management, first 20 minutes by clinical staff",
        ["99439"] = "Chronic care management, each further 20 minutes by clinical staff",
        ["99487"] = "Complex chronic care management, first 60 minutes by clinical staff",
        ["99489"] = "Complex chronic care management, each further 30 minutes by clinical staff",
        ["99491"] = "Chronic care management, first 30 minutes by the billing practitioner",
        ["99437"] = "Chronic care management, each further 30 minutes by the billing practitioner",
        ["99424"] = "Principal care management, first 30 minutes by the billing practitioner",
        ["99425"] = "Principal care management, each further 30 minutes by the billing practitioner",
        ["99426"] = "Principal care management, first 30 minutes by clinical staff",
        ["99427"] = "Principal care management, each further 30 minutes by clinical staff",
        ["G0506"] = "Care planning by the billing practitioner at the start of chronic care management",
        ["G0438"] = "Annual wellness visit, first",
        ["G0439"] = "Annual wellness visit, subsequent",
        ["99202"] = "Office visit, new patient, straightforward",
        ["99203"] = "Office visit, new patient, low complexity",
        ["99204"] = "Office visit, new patient, moderate complexity",
        ["99205"] = "Office visit, new patient, high complexity",
        ["99212"] = "Office visit, established patient, straightforward",
        ["99213"] = "Office visit, established patient, low complexity",
        ["99214"] = "Office visit, established patient, moderate complexity",
        ["99215"] = "Office visit, established patient, high complexity",
        ["G0402"] = "Initial preventive physical examination (Welcome to Medicare visit)",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The description of a code, or null when the table does not know it.</summary>
    public static string? Of(string code) => Table.GetValueOrDefault(code.Trim().ToUpperInvariant());

    /// <summary>The description, or the code itself when the table does not know it.</summary>
    public static string OrCode(string code) => Of(code) ?? code;
}
