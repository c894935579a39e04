namespace Chronicle.Interop.Codes;

using CsvHelper;

/// <summary>
/// A chronic-condition classification CSV (UTF-8, RFC 4180) in one of the formats of
/// <see cref="ChronicCsvFormat"/>, recognised from its header. Rows that are not classification
/// lines for Chronicle (other code systems, CCW exclusions, acute-only conditions) are passed over
/// with a reason for the summary; rows that are wrong are issues naming line and column.
/// </summary>
public sealed class ChronicCsvFile : IDisposable
{
    private readonly CsvReader _csv;
    private readonly Dictionary<string, int> _columns;

    private ChronicCsvFile(string fileName, ChronicCsvFormat format, CsvReader csv, Dictionary<string, int> columns)
    {
        FileName = fileName;
        Format = format;
        _csv = csv;
        _columns = columns;
    }

    public string FileName { get; }

    public ChronicCsvFormat Format { get; }

    /// <summary>What the rules are recorded under, e.g. "cms-ccw:cms_ccw_chronic_conditions_hierarchy.csv".</summary>
    public string SourceName => $"{ChronicCsvFormats.SourcePrefix(Format)}:{FileName}";

    public static ChronicCsvFile? TryOpen(string path, out CodeFileIssue? issue)
    {
        ArgumentNullException.ThrowIfNull(path);
        issue = CodeFiles.CheckReadable(path);
        if (issue is not null)
        {
            return null;
        }

        try
        {
            return TryOpen(File.OpenRead(path), Path.GetFileName(path), out issue);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            issue = new CodeFileIssue(Path.GetFileName(path), null, $"the file cannot be read: {ex.Message}");
            return null;
        }
    }

    /// <summary>Reads the header of a classification CSV from a stream, which the returned file then owns.</summary>
    public static ChronicCsvFile? TryOpen(Stream stream, string fileName, out CodeFileIssue? issue)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var options = new CsvReaderOptions
        {
            Separator = ',',
            TrackLineNumbers = true,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            DetectSeparatorHint = false,
        };
        var csv = CsvReader.Create(stream, options, false);
        var header = ChronicCsvRows.TryReadHeader(csv, fileName, out issue);
        if (header is null || header.Count == 0)
        {
            issue ??= new CodeFileIssue(fileName, null, "the file is empty; a classification file starts with a header row.");
            csv.Dispose();
            return null;
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            columns.TryAdd(header[i].Trim().ToLowerInvariant(), i);
        }

        var format = Detect(columns, fileName, out issue);
        if (format is null)
        {
            csv.Dispose();
            return null;
        }

        return new ChronicCsvFile(fileName, format.Value, csv, columns);
    }

    public IEnumerable<CodeFileRow<ChronicCsvRule>> ReadRules()
    {
        var rows = new ChronicCsvRows(FileName, _columns);
        while (true)
        {
            if (!ChronicCsvRows.TryRead(_csv, FileName, out var issue))
            {
                if (issue is not null)
                {
                    yield return new CodeFileRow<ChronicCsvRule>(issue.Line ?? 0, null, null, issue);
                }

                yield break;
            }

            var fields = new string[_csv.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = _csv.GetString(i);
            }

            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var line = (int)_csv.LineNumber;
            yield return Format switch
            {
                ChronicCsvFormat.CmsCcw => rows.ReadCcw(line, fields),
                ChronicCsvFormat.Tuva => rows.ReadTuva(line, fields),
                _ => rows.ReadChronicle(line, fields),
            };
        }
    }

    public void Dispose() => _csv.Dispose();

    private static ChronicCsvFormat? Detect(Dictionary<string, int> columns, string fileName, out CodeFileIssue? issue)
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

            issue = new CodeFileIssue(fileName, 1, $"unknown column(s) {string.Join(", ", extra)}; Chronicle's format has system, code, category and maps_to_icd10.");
            return null;
        }

        issue = new CodeFileIssue(fileName, 1,
            "the header matches no classification format Chronicle reads: CMS CCW (condition, code_system, code, inclusion_type, ...), " +
            "Tuva (condition_family, condition, icd_10_cm_code, ...) or Chronicle's own (system, code, category, maps_to_icd10).");
        return null;
    }
}
