namespace Chronicle.Application.Codes;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Importing;
using Chronicle.Data;
using Chronicle.Data.Codes;
using Chronicle.Interop.Codes;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Loads a chronic-condition classification file (chronicle codes import chronic): the rules of
/// its source ("cms-ccw:file.csv") are replaced in one transaction, then every stored condition
/// is classified again so that eligibility reflects the new rules at once. Each rule and each
/// classification records its source. Importing the same file twice gives the same rules.
/// </summary>
public sealed class ImportChronicClassification(ChronicleDbContext db, ReferenceCodes codes, AuditTrail audit, TimeProvider clock)
{
    private const int MaxSourceLength = 200;

    public async Task<ChronicImportResult> ExecuteAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (file, openIssue) = await ChronicCsvFile.OpenAsync(path, cancellationToken);
        using var owned = file;
        if (file is null)
        {
            return ChronicImportResult.Rejected(IssueCollector.FileRejected(openIssue!), Path.GetFileName(path));
        }

        if (file.SourceName.Length > MaxSourceLength)
        {
            return ChronicImportResult.Rejected(
                IssueCollector.FileRejected(new CodeFileIssue(file.FileName, null, $"the file name is too long to record as the rules' source (at most {MaxSourceLength - 10} characters); rename it.")),
                file.FileName);
        }

        var icd10 = await codes.LoadIcd10Async(cancellationToken);
        var report = new ImportReport { Files = 1 };
        var issues = new IssueCollector(report, file.FileName);
        var collector = new ChronicRuleCollector(file.SourceName, icd10);
        await foreach (var row in file.ReadRulesAsync(cancellationToken))
        {
            report.Read++;
            if (row.Issue is not null)
            {
                issues.Add(row.Issue);
            }
            else if (row.SkipReason is not null)
            {
                report.Skipped++;
                collector.Skip(row.SkipReason);
            }
            else
            {
                collector.Add(row.Value!);
            }
        }

        issues.Finish();
        if (!report.HasIssues && collector.Rules.Count == 0)
        {
            report.AddIssue(new ImportIssue(file.FileName, null, null, "the file holds no classification line Chronicle can use."));
        }

        if (report.HasIssues)
        {
            report.FilesNotWritten = 1;
            return ChronicImportResult.Rejected(report, file.FileName);
        }

        AddWarnings(report, collector, icd10.Release);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var replaced = await db.ChronicRules.Where(r => r.Source == file.SourceName).ExecuteDeleteAsync(cancellationToken);
        await db.CodeSetReleases.Where(r => r.Kind == ReferenceCodes.ChronicKind && r.Name == file.SourceName).ExecuteDeleteAsync(cancellationToken);
        db.ChronicRules.AddRange(collector.Rules);
        db.CodeSetReleases.Add(new CodeSetRelease
        {
            Kind = ReferenceCodes.ChronicKind, Name = file.SourceName, SourceFile = file.FileName, ImportedAt = clock.GetUtcNow(), EntryCount = collector.Rules.Count,
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var classifier = await codes.LoadClassifierAsync(cancellationToken);
        var conditions = await ConditionReclassifier.ReclassifyAllAsync(db, classifier, cancellationToken);

        // One event, not one per patient: the classification of codes changed, not what is known about anyone.
        await audit.RecordAsync(new AuditEntry(AuditActions.Import, string.Create(CultureInfo.InvariantCulture,
            $"chronic classification {file.SourceName}: {collector.Rules.Count} rules; {conditions.Reclassified} conditions reclassified, {conditions.MappedToIcd10} mapped to ICD-10-CM")), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        report.Created = collector.Rules.Count;
        return new ChronicImportResult(report, file.FileName, file.SourceName, file.Format, collector.Rules.Count, replaced,
            collector.HeadersAsPrefixes, collector.Skipped, conditions);
    }

    private static void AddWarnings(ImportReport report, ChronicRuleCollector collector, string? release)
    {
        if (release is null)
        {
            report.AddWarning("No ICD-10-CM code set is loaded, so codes that are now category headers could not be made prefixes; " +
                "run 'chronicle codes import icd10cm' and import this file again.");
        }

        if (collector.Conflicts > 0)
        {
            report.AddWarning($"{collector.Conflicts} code(s) are listed under more than one condition; each keeps the first: " +
                string.Join("; ", collector.ConflictExamples) + (collector.Conflicts > 5 ? "; ..." : "."));
        }

        if (collector.NotInRelease > 0)
        {
            report.AddWarning($"{collector.NotInRelease} ICD-10-CM code(s) are not in {release}; they are kept for conditions coded under older releases.");
        }

        if (collector.MapsToNonBillable > 0)
        {
            report.AddWarning($"{collector.MapsToNonBillable} SNOMED CT line(s) map to an ICD-10-CM code that is not billable in {release}.");
        }
    }
}

/// <param name="Source">The name the rules are recorded under, e.g. "cms-ccw:cms_ccw_chronic_conditions_hierarchy.csv".</param>
/// <param name="Replaced">Rules of the same source that the import replaced.</param>
/// <param name="HeadersAsPrefixes">ICD-10-CM codes that are headers in the loaded release and so match every code under them.</param>
/// <param name="Skipped">Rows passed over, by reason (other code systems, CCW exclusions, acute-only conditions).</param>
public sealed record ChronicImportResult(
    ImportReport Report,
    string File,
    string? Source,
    ChronicCsvFormat? Format,
    int Rules,
    int Replaced,
    int HeadersAsPrefixes,
    IReadOnlyDictionary<string, int> Skipped,
    ReclassifyCounts Conditions)
{
    public bool Succeeded => !Report.HasIssues;

    internal static ChronicImportResult Rejected(ImportReport report, string file) =>
        new(report, file, null, null, 0, 0, 0, new Dictionary<string, int>(), new ReclassifyCounts(0, 0, 0));
}
