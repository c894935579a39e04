namespace Chronicle.Application.Importing;

/// <summary>
/// The summary an import ends with (read, created, updated, unchanged, rejected, skipped) and
/// every issue found. A file with issues is written only under --partial, and then only its good rows.
/// </summary>
public sealed class ImportReport
{
    private readonly List<ImportIssue> _issues = [];
    private readonly List<string> _warnings = [];

    public int Files { get; set; }

    public int Read { get; set; }

    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Rejected { get; set; }

    /// <summary>Resources or rows of a kind this import does not read (counted, not errors).</summary>
    public int Skipped { get; set; }

    /// <summary>Files (or bundles) of which nothing was written because they had issues.</summary>
    public int FilesNotWritten { get; set; }

    public IReadOnlyList<ImportIssue> Issues => _issues;

    /// <summary>Things worth knowing that do not reject anything, e.g. "no ICD-10-CM code set loaded".</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    public bool HasIssues => _issues.Count > 0;

    public void AddIssue(ImportIssue issue) => _issues.Add(issue);

    public void AddWarning(string warning)
    {
        if (!_warnings.Contains(warning))
        {
            _warnings.Add(warning);
        }
    }

    public void Merge(ImportReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Files += other.Files;
        Read += other.Read;
        Created += other.Created;
        Updated += other.Updated;
        Unchanged += other.Unchanged;
        Rejected += other.Rejected;
        Skipped += other.Skipped;
        FilesNotWritten += other.FilesNotWritten;
        _issues.AddRange(other._issues);
        foreach (var warning in other._warnings)
        {
            AddWarning(warning);
        }
    }
}
