namespace Chronicle.Application.Importing.Csv;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Data;
using Chronicle.Interop.Csv;
using Microsoft.EntityFrameworkCore;

/// <summary>One CSV file's import, whatever its kind.</summary>
internal interface ICsvFileImport
{
    Task RunAsync(Stream content, CsvImportRequest request, IImportProgress progress, AuditTrail audit, CancellationToken cancellationToken);
}

/// <summary>
/// How every CSV kind is imported. First the whole file is read and checked (header, every field
/// of every row, repeated keys, references to patients) without writing; then, if nothing is wrong
/// or the import is partial, the good rows are written in one transaction, in chunks that look up
/// existing rows with one query each and upsert them by natural key. A kind supplies its layout,
/// its parser, its key and how a chunk is written.
/// </summary>
internal abstract class CsvFileImport<TRow>(ChronicleDbContext db, string fileName, ImportReport report) : ICsvFileImport
    where TRow : class
{
    /// <summary>Rows per lookup query and per SaveChanges: bounded parameters, memory and batch size.</summary>
    protected const int ChunkSize = 500;

    private readonly HashSet<int> _rejectedLines = [];

    protected ChronicleDbContext Db => db;

    protected abstract CsvLayout Layout { get; }

    /// <summary>The columns that make a row's natural key, e.g. "mrn, code, onset_date".</summary>
    protected abstract string KeyColumns { get; }

    public async Task RunAsync(Stream content, CsvImportRequest request, IImportProgress progress, AuditTrail audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        report.Files++;
        var rows = await ReadAsync(content, request.IgnoreExtra, progress, cancellationToken);
        if (rows is not null)
        {
            await CheckAsync(rows, cancellationToken);
        }

        report.Rejected += _rejectedLines.Count;
        if (rows is null || (_rejectedLines.Count > 0 && !request.Partial))
        {
            report.FilesNotWritten++;
            return;
        }

        using var changes = audit.TrackPatientChanges(AuditActions.Import, $"csv {request.Kind.Trim().ToLowerInvariant()} import");
        await WriteAllAsync(rows.Where(r => !_rejectedLines.Contains(r.Line)).ToList(), progress, changes, cancellationToken);
    }

    protected abstract CsvParsed<TRow> Parse(CsvRow row);

    protected abstract string KeyOf(TRow row);

    /// <summary>Checks that need the database (e.g. that an MRN names a patient), before anything is written.</summary>
    protected virtual Task CheckAsync(IReadOnlyList<NumberedRow<TRow>> rows, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Upserts one chunk of good rows: one query for the existing ones, then Create or Update.</summary>
    protected abstract Task WriteAsync(IReadOnlyList<TRow> chunk, WriteTally tally, CancellationToken cancellationToken);

    protected bool IsRejected(int line) => _rejectedLines.Contains(line);

    protected void Reject(int line, string? column, string reason)
    {
        report.AddIssue(new ImportIssue(fileName, line, column, reason));
        _rejectedLines.Add(line);
    }

    /// <summary>The file's good rows, or null when the file itself cannot be read as this kind.</summary>
    private async Task<List<NumberedRow<TRow>>?> ReadAsync(Stream content, bool ignoreExtra, IImportProgress progress, CancellationToken cancellationToken)
    {
        using var reader = new CsvRecordReader(content, leaveOpen: true);
        progress.Start($"Checking {fileName} (bytes)", reader.Length ?? 0);
        try
        {
            var first = await reader.ReadAsync(cancellationToken);
            if (first is null || first.IsFatal)
            {
                FileIssue(first?.Line ?? 1, first?.Error ?? $"The file is empty; it must start with a header row. {Layout.Describe()}");
                return null;
            }

            var match = Layout.MatchHeader(first, ignoreExtra);
            if (match.Header is not { } header)
            {
                FileIssue(match.Problem!.Line, match.Problem.Reason);
                return null;
            }

            if (header.IgnoredColumns.Count > 0)
            {
                report.AddWarning($"{fileName}: ignored the column(s) {string.Join(", ", header.IgnoredColumns)} (--ignore-extra).");
            }

            return await ReadRowsAsync(reader, header, progress, cancellationToken);
        }
        finally
        {
            progress.Done();
        }
    }

    private async Task<List<NumberedRow<TRow>>?> ReadRowsAsync(CsvRecordReader reader, CsvHeader header, IImportProgress progress, CancellationToken cancellationToken)
    {
        var rows = new List<NumberedRow<TRow>>();
        var lineByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var bytesReported = 0L;
        while (await reader.ReadAsync(cancellationToken) is { } record)
        {
            progress.Advance(reader.BytesRead - bytesReported);
            bytesReported = reader.BytesRead;
            if (record.IsFatal)
            {
                // The rest of the file cannot be told apart into rows, so not even --partial writes it.
                FileIssue(record.Line, $"{record.Error} Nothing from the file was written, even with --partial.");
                return null;
            }

            report.Read++;
            var parsed = header.ToRow(record, out var problem) is { } row ? Parse(row) : new CsvParsed<TRow>(null, [problem!]);
            if (!parsed.IsValid)
            {
                foreach (var p in parsed.Problems)
                {
                    Reject(p.Line, p.Column, p.Reason);
                }

                continue;
            }

            var key = KeyOf(parsed.Value!);
            if (lineByKey.TryGetValue(key, out var firstLine))
            {
                Reject(record.Line, KeyColumns, string.Create(CultureInfo.InvariantCulture,
                    $"This row has the same {KeyColumns} as line {firstLine}; each may appear once per file."));
                continue;
            }

            lineByKey.Add(key, record.Line);
            rows.Add(new NumberedRow<TRow>(record.Line, parsed.Value!));
        }

        return rows;
    }

    private async Task WriteAllAsync(List<NumberedRow<TRow>> rows, IImportProgress progress, PatientChangeAudit changes, CancellationToken cancellationToken)
    {
        var tally = new WriteTally();
        progress.Start($"Writing {fileName} (rows)", rows.Count);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var chunk in rows.Chunk(ChunkSize))
            {
                await WriteAsync(chunk.Select(r => r.Row).ToList(), tally, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                progress.Advance(chunk.Length);
            }

            await changes.RecordAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            report.Created += tally.Created;
            report.Updated += tally.Updated;
            report.Unchanged += tally.Unchanged;
        }
        catch (DbUpdateException ex)
        {
            // Validation should leave nothing for the database to refuse; a concurrent import can.
            report.FilesNotWritten++;
            report.AddIssue(new ImportIssue(fileName, null, null,
                $"The database refused the rows ({(ex.InnerException ?? ex).Message}); nothing from the file was written."));
        }
        finally
        {
            progress.Done();
        }
    }

    private void FileIssue(int line, string reason) => report.AddIssue(new ImportIssue(fileName, line, null, reason));
}

internal readonly record struct NumberedRow<TRow>(int Line, TRow Row);

/// <summary>Counts of one file's writes, added to the report only once its transaction commits.</summary>
internal sealed class WriteTally
{
    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public void AddCreated() => Created++;

    /// <summary>Counts an existing row by what its Update method returned.</summary>
    public void AddExisting(bool changed)
    {
        if (changed)
        {
            Updated++;
        }
        else
        {
            Unchanged++;
        }
    }
}
