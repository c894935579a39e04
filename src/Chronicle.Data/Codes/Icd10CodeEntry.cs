namespace Chronicle.Data.Codes;

/// <summary>One line of a loaded CMS ICD-10-CM release: a code (billable or a header) and its title.</summary>
public sealed class Icd10CodeEntry
{
    public required int FiscalYear { get; init; }

    /// <summary>Without the dot, as CMS files carry it: E119.</summary>
    public required string Code { get; init; }

    public required bool Billable { get; init; }

    public required string Description { get; init; }
}
