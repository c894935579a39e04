namespace Chronicle.Interop.Codes;

using System.Globalization;
using System.Runtime.CompilerServices;
using Chronicle.Interop.Csv;

/// <summary>
/// A chronic-condition classification CSV (UTF-8, RFC 4180, read by <see cref="CsvRecordReader"/>)
/// in one of the formats of <see cref="ChronicCsvFormat"/>, recognised from its header. Rows that
/// are not classification lines for Chronicle (other code systems, CCW exclusions, acute-only
/// conditions) are passed over with a reason for the summary; rows that are wrong are issues
/// naming line and column.
/// </summary>
public sealed class ChronicCsvFile : IDisposable
{
    private readonly CsvRecordReader _reader;
    private readonly Dictionary<string, int> _columns;
    private readonly int _fieldCount;

    private ChronicCsvFile(string fileName, ChronicCsvFormat format, CsvRecordReader reader, Dictionary<string, int> columns, int fieldCount)
    {
        FileName = fileName;
        Format = format;
        _reader = reader;
        _columns = columns;
        _fieldCount = fieldCount;
    }

    public string FileName { get; }

    public ChronicCsvFormat Format { get; }

    /// <summary>What the rules are recorded under, e.g. "cms-ccw:cms_ccw_chronic_conditions_hierarchy.csv".</summary>
    public string SourceName => $"{ChronicCsvFormats.SourcePrefix(Format)}:{FileName}";

    /// <summary>Opens a classification file and reads its header, or says why it cannot be used.</summary>
    public static async Task<(ChronicCsvFile? File, CodeFileIssue? Issue)> OpenAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (CodeFiles.CheckReadable(path) is { } issue)
        {
            return (null, issue);
        }

        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new CodeFileIssue(Path.GetFileName(path), null, $"the file cannot be read: {ex.Message}"));
        }

        return await OpenAsync(stream, Path.GetFileName(path), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the header of a classification CSV from a stream, which the returned file then owns.</summary>
    public static async Task<(ChronicCsvFile? File, CodeFileIssue? Issue)> OpenAsync(Stream stream, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var reader = new CsvRecordReader(stream);
        var header = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var issue = header switch
        {
            null => new CodeFileIssue(fileName, null, "the file is empty; a classification file starts with a header row."),
            { Error: { } error } => new CodeFileIssue(fileName, header.Line, error),
            _ => null,
        };

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; issue is null && i < header!.Fields.Count; i++)
        {
            columns.TryAdd(header.Fields[i].Trim().ToLowerInvariant(), i);
        }

        var format = issue is null ? Detect(columns, fileName, header!.Line, out issue) : null;
        if (format is null)
        {
            reader.Dispose();
            return (null, issue);
        }

        return (new ChronicCsvFile(fileName, format.Value, reader, columns, header!.Fields.Count), null);
    }

    public async IAsyncEnumerable<CodeFileRow<ChronicCsvRule>> ReadRulesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = new ChronicCsvRows(FileName, _columns);
        while (await _reader.ReadAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            if (record.Error is not null)
            {
                yield return CodeFileRow<ChronicCsvRule>.Bad(FileName, record.Line, record.Error);
                if (record.IsFatal)
                {
                    yield break;
                }

                continue;
            }

            if (record.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (record.Fields.Count != _fieldCount)
            {
                yield return CodeFileRow<ChronicCsvRule>.Bad(FileName, record.Line, string.Create(CultureInfo.InvariantCulture,
                    $"the row has {record.Fields.Count} field(s) but the header has {_fieldCount}; check for a missing or extra comma, or an unquoted comma inside a value."));
                continue;
            }

            yield return Format switch
            {
                ChronicCsvFormat.CmsCcw => rows.ReadCcw(record.Line, record.Fields),
                ChronicCsvFormat.Tuva => rows.ReadTuva(record.Line, record.Fields),
                _ => rows.ReadChronicle(record.Line, record.Fields),
            };
        }
    }

    public void Dispose() => _reader.Dispose();

    private static ChronicCsvFormat? Detect(Dictionary<string, int> columns, string fileName, int line, out CodeFileIssue? issue)
    {
        issue = null;
        bool Has(params string[] names) => names.All(columns.ContainsKey);
        if (Has("condition", "code_system", "code", "inclusion_type"))
        {
            return ChronicCsvFormat.CmsCcw;
        }

        if (Has("condition", "icd_10_cm_code"))
        {
            return ChronicCsvFormat.Tuva;
        }

        if (Has("system", "code", "category"))
        {
            var extra = columns.Keys.Except(["system", "code", "category", "maps_to_icd10"]).ToList();
            if (extra.Count == 0)
            {
                return ChronicCsvFormat.Chronicle;
            }

            issue = new CodeFileIssue(fileName, line, $"unknown column(s) {string.Join(", ", extra)}; Chronicle's format has system, code, category and maps_to_icd10.");
            return null;
        }

        issue = new CodeFileIssue(fileName, line,
            "the header matches no classification format Chronicle reads: CMS CCW (condition, code_system, code, inclusion_type, ...), " +
            "Tuva (condition_family, condition, icd_10_cm_code, ...) or Chronicle's own (system, code, category, maps_to_icd10).");
        return null;
    }
}
