namespace Chronicle.Application.Codes;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Importing;
using Chronicle.Data;
using Chronicle.Data.Codes;
using Chronicle.Interop.Codes;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Loads a CMS ICD-10-CM release (chronicle codes import icd10cm): the rows of its fiscal year
/// are replaced in one transaction, so importing the same file twice leaves the same rows and a
/// bad file leaves the previous release in place. Releases of other years stay loaded: each checks
/// the dates of service of its own fiscal year (docs/adr/0180-icd10cm-releases-by-date-of-service.md).
/// </summary>
public sealed class ImportIcd10CodeSet(ChronicleDbContext db, AuditTrail audit, TimeProvider clock)
{
    private const int ProgressEvery = 2_000;

    public async Task<Icd10ImportResult> ExecuteAsync(string path, int? fiscalYear, IImportProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(progress);
        using var file = Icd10ReleaseFile.TryOpen(path, fiscalYear, out var openIssue);
        if (file is null)
        {
            return new Icd10ImportResult(IssueCollector.FileRejected(openIssue!), Path.GetFileName(path), null, 0, 0, 0);
        }

        var release = string.Create(CultureInfo.InvariantCulture, $"FY{file.FiscalYear}");
        var report = new ImportReport { Files = 1 };
        var issues = new IssueCollector(report, file.Name);
        var billable = 0;

        IEnumerable<Icd10CodeEntry> Entries()
        {
            long reported = 0;
            foreach (var row in file.ReadEntries())
            {
                report.Read++;
                if (row.Issue is not null)
                {
                    issues.Add(row.Issue);
                }
                else if (issues.Count == 0)
                {
                    billable += row.Value!.Billable ? 1 : 0;
                    yield return new Icd10CodeEntry
                    {
                        FiscalYear = file.FiscalYear, Code = row.Value.Code, Billable = row.Value.Billable, Description = row.Value.Description,
                    };
                }

                if (report.Read % ProgressEvery == 0)
                {
                    progress.Advance(file.BytesRead - reported);
                    reported = file.BytesRead;
                }
            }

            progress.Advance(file.Length - reported);
        }

        progress.Start($"Reading ICD-10-CM {release} from {file.Name} (bytes)", file.Length);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (replaced, written) = await db.ReplaceFiscalYearAsync(file.FiscalYear, Entries(), cancellationToken);
        progress.Done();
        issues.Finish();
        if (report.HasIssues || written == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            if (!report.HasIssues)
            {
                report.AddIssue(new ImportIssue(file.Name, null, null, "the file lists no codes."));
            }

            report.FilesNotWritten = 1;
            return new Icd10ImportResult(report, file.Name, release, 0, 0, 0);
        }

        await db.CodeSetReleases.Where(r => r.Kind == ReferenceCodes.Icd10Kind && r.Name == release).ExecuteDeleteAsync(cancellationToken);
        db.CodeSetReleases.Add(new CodeSetRelease
        {
            Kind = ReferenceCodes.Icd10Kind, Name = release, SourceFile = file.Name, ImportedAt = clock.GetUtcNow(), EntryCount = written,
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.Import,
            string.Create(CultureInfo.InvariantCulture, $"icd-10-cm code set {release}: {written} codes, {replaced} replaced")), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        report.Created = written;
        return new Icd10ImportResult(report, file.Name, release, written, billable, replaced)
        {
            LoadedReleases = await db.Icd10Codes.Select(c => c.FiscalYear).Distinct().OrderBy(y => y).ToListAsync(cancellationToken),
        };
    }
}

/// <param name="File">The file read (for a zip, "release.zip/icd10cm_order_2026.txt").</param>
/// <param name="Release">"FY2026"; null when the file could not even be opened.</param>
/// <param name="Replaced">Rows of the same fiscal year that the import replaced.</param>
public sealed record Icd10ImportResult(ImportReport Report, string File, string? Release, int Entries, int Billable, int Replaced)
{
    public bool Succeeded => !Report.HasIssues;

    /// <summary>The fiscal years now loaded, oldest first: each checks the dates of service in force under it.</summary>
    public IReadOnlyList<int> LoadedReleases { get; init; } = [];
}
