namespace Chronicle.Application.Codes;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Importing;
using Chronicle.Data;
using Chronicle.Data.Codes;
using Chronicle.Domain.Codes;
using Chronicle.Interop.Codes;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// 'chronicle codes import icd10cm-changes &lt;folder&gt;': builds the next fiscal year's release from
/// the loaded full release it starts from plus a published change list (added, deleted,
/// billable-to-header, revised titles), checked against the list's own counts, and stores it beside
/// the others exactly as an import of CMS's file would (docs/adr/0180-icd10cm-releases-by-date-of-service.md).
/// A change list that does not fit the loaded release writes nothing.
/// </summary>
public sealed class ImportIcd10Changes(ChronicleDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<Icd10ImportResult> ExecuteAsync(string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        var (list, readIssues) = await Icd10ChangeList.ReadAsync(folder, cancellationToken);
        if (list is null)
        {
            return Rejected(name, null, readIssues);
        }

        var release = Icd10FiscalYear.Name(list.ToYear);
        var from = await db.Icd10Codes.AsNoTracking().Where(c => c.FiscalYear == list.FromYear)
            .Select(c => new Icd10Entry(c.Code, c.Billable, c.Description)).ToListAsync(cancellationToken);
        if (from.Count == 0)
        {
            return Rejected(name, release, [new CodeFileIssue(name, null,
                $"the change list builds {release} from {Icd10FiscalYear.Name(list.FromYear)}, which is not loaded; load CMS's {Icd10FiscalYear.Name(list.FromYear)} release first with 'chronicle codes import icd10cm'.")]);
        }

        var issues = new List<CodeFileIssue>();
        var entries = list.Apply(from, issues);
        if (issues.Count > 0)
        {
            return Rejected(name, release, issues);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = entries.Select(e => new Icd10CodeEntry { FiscalYear = list.ToYear, Code = e.Code, Billable = e.Billable, Description = e.Description });
        var (replaced, written) = await db.ReplaceFiscalYearAsync(list.ToYear, rows, cancellationToken);
        var source = string.Create(CultureInfo.InvariantCulture, $"{Icd10FiscalYear.Name(list.FromYear)} + {name}");
        await db.CodeSetReleases.Where(r => r.Kind == ReferenceCodes.Icd10Kind && r.Name == release).ExecuteDeleteAsync(cancellationToken);
        db.CodeSetReleases.Add(new CodeSetRelease
        {
            Kind = ReferenceCodes.Icd10Kind, Name = release, SourceFile = source, ImportedAt = clock.GetUtcNow(), EntryCount = written,
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.Import, string.Create(CultureInfo.InvariantCulture,
            $"icd-10-cm code set {release} built from {Icd10FiscalYear.Name(list.FromYear)} and a change list: {written} codes, {replaced} replaced")), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var report = new ImportReport
        {
            Files = 1,
            Read = list.Rows.Added.Count + list.Rows.Deleted.Count + list.Rows.StatusChanges.Count + list.Rows.Revised.Count,
            Created = written,
        };
        return new Icd10ImportResult(report, source, release, written, entries.Count(e => e.Billable), replaced)
        {
            LoadedReleases = await db.Icd10Codes.Select(c => c.FiscalYear).Distinct().OrderBy(y => y).ToListAsync(cancellationToken),
        };
    }

    private static Icd10ImportResult Rejected(string name, string? release, IReadOnlyList<CodeFileIssue> issues)
    {
        var report = new ImportReport { Files = 1, FilesNotWritten = 1, Rejected = issues.Count };
        foreach (var issue in issues.Take(IssueCollector.MaxListed))
        {
            report.AddIssue(new ImportIssue(issue.File, issue.Line, issue.Field, issue.Reason));
        }

        if (issues.Count > IssueCollector.MaxListed)
        {
            report.AddIssue(new ImportIssue(name, null, null, $"{issues.Count - IssueCollector.MaxListed} more problems; the first {IssueCollector.MaxListed} are listed above."));
        }

        return new Icd10ImportResult(report, name, release, 0, 0, 0);
    }
}
