namespace Chronicle.Application.Codes;

using Chronicle.Application.Importing;
using Chronicle.Interop.Codes;

/// <summary>
/// Adds a code file's issues to the report, up to a limit: a file in the wrong layout would
/// otherwise list a hundred thousand lines, where the first few already say what is wrong.
/// </summary>
internal sealed class IssueCollector(ImportReport report, string fileName)
{
    public const int MaxListed = 50;

    public int Count { get; private set; }

    public void Add(CodeFileIssue issue)
    {
        Count++;
        report.Rejected++;
        if (Count <= MaxListed)
        {
            report.AddIssue(new ImportIssue(issue.File, issue.Line, issue.Field, issue.Reason));
        }
    }

    /// <summary>Adds one closing issue saying how many were not listed.</summary>
    public void Finish()
    {
        if (Count > MaxListed)
        {
            report.AddIssue(new ImportIssue(fileName, null, null, $"{Count - MaxListed} more line(s) have problems; the first {MaxListed} are listed above."));
        }
    }

    /// <summary>An issue about the file as a whole (missing, unreadable, wrong layout): nothing of it was written.</summary>
    public static ImportReport FileRejected(CodeFileIssue issue)
    {
        var report = new ImportReport { Files = 1, FilesNotWritten = 1 };
        report.AddIssue(new ImportIssue(issue.File, issue.Line, issue.Field, issue.Reason));
        return report;
    }
}
