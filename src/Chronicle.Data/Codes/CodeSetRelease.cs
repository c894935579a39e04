namespace Chronicle.Data.Codes;

/// <summary>A record of a code file that was imported: what, from where, when and how many rows.</summary>
public sealed class CodeSetRelease
{
    public long Id { get; init; }

    /// <summary>"icd10cm" or "chronic".</summary>
    public required string Kind { get; init; }

    /// <summary>E.g. "FY2026" for ICD-10-CM, or the classification's source name.</summary>
    public required string Name { get; init; }

    public required string SourceFile { get; init; }

    public required DateTimeOffset ImportedAt { get; init; }

    public required int EntryCount { get; init; }
}
