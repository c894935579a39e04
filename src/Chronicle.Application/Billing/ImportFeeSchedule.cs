namespace Chronicle.Application.Billing;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Codes;
using Chronicle.Application.Importing;
using Chronicle.Data;
using Chronicle.Data.Billing;
using Chronicle.Data.Codes;
using Chronicle.Domain.Billing;
using Chronicle.Interop.Billing;
using Chronicle.Interop.Codes;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// 'chronicle codes import pfs': loads the national amounts of a CMS PFS relative value file for
/// one calendar year (total RVUs × conversion factor, non-facility and facility), replacing that
/// year's imported amounts in one transaction. A file with any bad row writes nothing. The year is
/// the one given, else the one the file's title or name states.
/// </summary>
public sealed class ImportFeeSchedule(ChronicleDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string Kind = "pfs";

    public async Task<FeeScheduleImportResult> ExecuteAsync(string path, int? year, decimal? conversionFactor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (file, openIssue) = await PfsRvuFile.OpenAsync(path, cancellationToken);
        using var owned = file;
        if (file is null)
        {
            return FeeScheduleImportResult.Rejected(IssueCollector.FileRejected(openIssue!), Path.GetFileName(path));
        }

        var resolvedYear = year ?? file.TitleYear ?? file.FileNameYear;
        if (resolvedYear is not (>= 2000 and <= 2999))
        {
            return FeeScheduleImportResult.Rejected(IssueCollector.FileRejected(new CodeFileIssue(file.FileName, null,
                resolvedYear is null
                    ? "neither the file's title nor its name states the calendar year; give it with --year."
                    : string.Create(CultureInfo.InvariantCulture, $"{resolvedYear} is not a calendar year Chronicle accepts (2000–2999)."))), file.FileName);
        }

        if (conversionFactor is <= 0)
        {
            return FeeScheduleImportResult.Rejected(IssueCollector.FileRejected(new CodeFileIssue(file.FileName, null, "the conversion factor must be greater than zero.")), file.FileName);
        }

        var report = new ImportReport { Files = 1 };
        var issues = new IssueCollector(report, file.FileName);
        var now = clock.GetUtcNow();
        var amounts = new Dictionary<string, FeeScheduleAmount>(StringComparer.Ordinal);
        var skipped = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var row in file.ReadRowsAsync(conversionFactor, cancellationToken))
        {
            report.Read++;
            if (row.Issue is not null)
            {
                issues.Add(row.Issue);
            }
            else if (row.SkipReason is not null)
            {
                report.Skipped++;
                skipped[row.SkipReason] = skipped.GetValueOrDefault(row.SkipReason) + 1;
            }
            else if (!amounts.TryAdd(row.Value!.Code.Value, ToAmount(row.Value, resolvedYear.Value, file.FileName, now)))
            {
                issues.Add(new CodeFileIssue(file.FileName, row.Line, $"{row.Value.Code} appears twice without a modifier.", "HCPCS"));
            }
        }

        issues.Finish();
        if (!report.HasIssues && amounts.Count == 0)
        {
            report.AddIssue(new ImportIssue(file.FileName, null, null, "the file holds no code paid under the fee schedule."));
        }

        if (report.HasIssues)
        {
            report.FilesNotWritten = 1;
            return FeeScheduleImportResult.Rejected(report, file.FileName);
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"CY{resolvedYear}");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var replaced = await db.FeeScheduleAmounts.Where(a => a.Year == resolvedYear).ExecuteDeleteAsync(cancellationToken);
        await db.CodeSetReleases.Where(r => r.Kind == Kind && r.Name == name).ExecuteDeleteAsync(cancellationToken);
        db.FeeScheduleAmounts.AddRange(amounts.Values);
        db.CodeSetReleases.Add(new CodeSetRelease { Kind = Kind, Name = name, SourceFile = file.FileName, ImportedAt = now, EntryCount = amounts.Count });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await audit.RecordAsync(new AuditEntry(AuditActions.Import, string.Create(CultureInfo.InvariantCulture,
            $"fee schedule {name} from {file.FileName}: {amounts.Count} codes")), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        report.Created = amounts.Count;
        var factors = amounts.Values.Select(a => a.ConversionFactor).Distinct().Order().ToList();
        return new FeeScheduleImportResult(report, file.FileName, resolvedYear, amounts.Count, replaced, factors, skipped);
    }

    private static FeeScheduleAmount ToAmount(PfsRvuRow row, int year, string fileName, DateTimeOffset now) => new()
    {
        Year = year,
        Code = row.Code,
        Status = row.Status,
        TotalRvuNonFacility = row.TotalRvuNonFacility,
        TotalRvuFacility = row.TotalRvuFacility,
        ConversionFactor = row.ConversionFactor,
        NonFacilityCents = FeeScheduleEntry.Amount(row.TotalRvuNonFacility, row.ConversionFactor).Cents,
        FacilityCents = FeeScheduleEntry.Amount(row.TotalRvuFacility, row.ConversionFactor).Cents,
        SourceFile = fileName,
        ImportedAt = now,
    };
}

public sealed record FeeScheduleImportResult(
    ImportReport Report,
    string File,
    int? Year,
    int Codes,
    int Replaced,
    IReadOnlyList<decimal> ConversionFactors,
    IReadOnlyDictionary<string, int> Skipped)
{
    public bool Succeeded => !Report.HasIssues;

    public static FeeScheduleImportResult Rejected(ImportReport report, string file) =>
        new(report, file, null, 0, 0, [], new Dictionary<string, int>());
}
