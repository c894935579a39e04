namespace Chronicle.Application.Importing;

using Chronicle.Application.Codes;
using Chronicle.Application.Common;
using Chronicle.Application.Practices;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Fhir;

/// <summary>
/// chronicle import fhir: reads FHIR R4 Bundles or NDJSON files (one, or every one in a folder)
/// into a practice. Each file is read once and validated whole before anything from it is written;
/// a file with issues is written only with --partial, and then only its good resources. Each file
/// is written in one transaction, matching what is already there by natural keys, so importing the
/// same file again changes nothing.
/// </summary>
public sealed class ImportFhir(ChronicleDbContext db, ReferenceCodes referenceCodes, FhirImportWriter writer, TimeProvider clock, IActorContext actors)
{
    public const string PathNotFoundCode = "IMPORT-PATH-NOT-FOUND";
    public const string NoFilesCode = "IMPORT-NO-FILES";

    public async Task<Result<ImportReport>> ExecuteAsync(FhirImportRequest request, IImportProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        if (!actors.Current.Allows(Capability.ImportRecords))
        {
            return Permissions.Refusal(Capability.ImportRecords);
        }

        var files = FindFiles(request.Path);
        if (files.Error is { } fileError)
        {
            return fileError;
        }

        var practiceResult = await PracticeResolver.ResolveAsync(db, request.PracticeNpi, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return practiceResult.Error!;
        }

        if (actors.Current.PracticeId is { } own && own != practice.Id)
        {
            return Permissions.Refusal(Capability.ImportRecords);
        }

        var today = practice.TimeZone.LocalDateOf(clock.GetUtcNow());
        var icd10 = await referenceCodes.LoadIcd10Async(today, cancellationToken);
        var classifier = await referenceCodes.LoadClassifierAsync(cancellationToken);
        var reader = new FhirFileReader(new FhirMappingContext(icd10, classifier, practice.TimeZone, today));
        var report = new ImportReport();
        progress.Start($"Importing {files.Value!.Count} FHIR file(s)", files.Value.Sum(f => f.Info.Length));
        // The next file is read and mapped while this one is written: reading is CPU work in this
        // process, writing mostly waits on the database, so the two overlap (one file ahead, so
        // memory holds at most two files' content). Reads report only through their outcome, so
        // the report is touched by this loop alone.
        var ahead = ReadInBackground(reader, files.Value[0], progress, cancellationToken);
        try
        {
            for (var i = 0; i < files.Value.Count; i++)
            {
                var (content, failure) = await (ahead ?? ReadInBackground(reader, files.Value[i], progress, cancellationToken));
                ahead = i + 1 < files.Value.Count ? ReadInBackground(reader, files.Value[i + 1], progress, cancellationToken) : null;
                if (failure is not null)
                {
                    report.Files++;
                    report.FilesNotWritten++;
                    report.AddIssue(failure);
                    continue;
                }

                Record(content!, report);
                if (content!.IsUnreadable || (content.HasIssues && !request.Partial))
                {
                    report.FilesNotWritten++;
                    continue;
                }

                var written = await writer.WriteAsync(practice, content, classifier, today, cancellationToken);
                report.Merge(written);
                if (written.HasIssues)
                {
                    report.FilesNotWritten++;
                }
            }
        }
        finally
        {
            // A write that failed leaves a read running; let it finish before the caller moves on.
            if (ahead is not null)
            {
                await ahead.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }

            progress.Done();
        }

        if (!icd10.IsLoaded && report.Read > 0)
        {
            report.AddWarning(ReferenceCodes.NoIcd10Warning);
        }

        return report;
    }

    private static Task<(FhirFileContent? Content, ImportIssue? Failure)> ReadInBackground(
        FhirFileReader reader, ImportFile file, IImportProgress progress, CancellationToken cancellationToken) =>
        Task.Run(() => ReadAsync(reader, file, progress, cancellationToken), cancellationToken);

    private static async Task<(FhirFileContent? Content, ImportIssue? Failure)> ReadAsync(
        FhirFileReader reader, ImportFile file, IImportProgress progress, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(file.Info.FullName, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.Read,
                Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            });
            return (await reader.ReadAsync(stream, file.Name, progress.Advance, cancellationToken), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new ImportIssue(file.Name, null, null, $"The file could not be read: {ex.Message}"));
        }
    }

    /// <summary>A file to import and the name issues give it: the path as the user wrote it.</summary>
    private sealed record ImportFile(FileInfo Info, string Name);

    private static void Record(FhirFileContent content, ImportReport report)
    {
        report.Files++;
        report.Read += content.ResourcesRead;
        report.Skipped += content.Skipped;
        report.Rejected += content.Rejected;
        foreach (var issue in content.Issues)
        {
            report.AddIssue(new ImportIssue(issue.File, issue.Line, issue.Path, issue.Reason));
        }
    }

    /// <summary>The file named, or the .json, .ndjson and .jsonl files of the folder named, in name order.</summary>
    private static (List<ImportFile>? Value, BusinessError? Error) FindFiles(string path)
    {
        if (File.Exists(path))
        {
            return ([new ImportFile(new FileInfo(path), path)], null);
        }

        if (!Directory.Exists(path))
        {
            return (null, new BusinessError(PathNotFoundCode, $"'{path}' is neither a file nor a folder."));
        }

        var files = new DirectoryInfo(path).EnumerateFiles()
            .Where(f => FhirFileReader.IsNdjson(f.Name) || f.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new ImportFile(f, Path.Combine(path, f.Name)))
            .ToList();
        return files.Count == 0
            ? (null, new BusinessError(NoFilesCode, $"The folder '{path}' holds no .json, .ndjson or .jsonl files."))
            : (files, null);
    }
}

/// <param name="Path">A Bundle (.json) or NDJSON (.ndjson, .jsonl) file, or a folder of them.</param>
/// <param name="Partial">Import the good resources of files that have issues (otherwise nothing from such a file).</param>
/// <param name="PracticeNpi">The practice's group NPI, when the database holds more than one.</param>
public sealed record FhirImportRequest(string Path, bool Partial = false, string? PracticeNpi = null);
