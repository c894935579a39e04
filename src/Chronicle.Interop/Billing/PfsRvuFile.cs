namespace Chronicle.Interop.Billing;

using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Chronicle.Domain.Common;
using Chronicle.Interop.Codes;
using Chronicle.Interop.Csv;

/// <summary>
/// A CMS Physician Fee Schedule relative value file in CSV (PPRRVUyy_*.csv from the RVUyyA–D
/// releases), or an extract with the same columns named plainly (hcpcs, status, total_rvu_nonfac,
/// total_rvu_fac, conv_factor, as in tests/data/pfs). CMS puts title and copyright lines first and
/// spreads some column names over two lines ("NON-FACILITY" above "TOTAL"), so the header is the
/// first row whose first cell is HCPCS, read together with the row above it. Only the global rows
/// of codes paid under the fee schedule (status A, R, T) are values; modifier rows (26, TC, 53),
/// other statuses and footnotes are passed over with a reason.
/// </summary>
public sealed partial class PfsRvuFile : IDisposable
{
    private const int MaxPreambleRows = 60;
    private static readonly string[] PaidStatuses = ["A", "R", "T"];

    private readonly CsvRecordReader _reader;
    private readonly PfsColumns _columns;

    private PfsRvuFile(string fileName, CsvRecordReader reader, PfsColumns columns, int? titleYear)
    {
        FileName = fileName;
        _reader = reader;
        _columns = columns;
        TitleYear = titleYear;
    }

    public string FileName { get; }

    /// <summary>The calendar year the file's title names ("2026 National Physician Fee Schedule ..."), if it has one.</summary>
    public int? TitleYear { get; }

    /// <summary>The first year 20xx in the file name (PPRRVU2026_Jan_nonQPP.csv is 2026), if any.</summary>
    public int? FileNameYear => YearPattern().Match(FileName) is { Success: true } match
        ? int.Parse(match.Value, CultureInfo.InvariantCulture)
        : null;

    public static async Task<(PfsRvuFile? File, CodeFileIssue? Issue)> OpenAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (CodeFiles.CheckReadable(path) is { } issue)
        {
            return (null, issue);
        }

        var fileName = Path.GetFileName(path);
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new CodeFileIssue(fileName, null, $"the file cannot be read: {ex.Message}"));
        }

        var reader = new CsvRecordReader(stream);
        IReadOnlyList<string> above = [];
        int? titleYear = null;
        for (var i = 0; i < MaxPreambleRows; i++)
        {
            var record = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (record is null || record.Error is not null)
            {
                reader.Dispose();
                return (null, record is null
                    ? new CodeFileIssue(fileName, null, "no header row was found: a PFS relative value file has a row starting with HCPCS.")
                    : new CodeFileIssue(fileName, record.Line, record.Error!));
            }

            if (record.Fields.Count > 0 && string.Equals(record.Fields[0].Trim(), "HCPCS", StringComparison.OrdinalIgnoreCase))
            {
                var (columns, missing) = PfsColumns.Find(above, record.Fields);
                if (columns is null)
                {
                    reader.Dispose();
                    return (null, new CodeFileIssue(fileName, record.Line, $"the header has no {missing} column; this is not a PFS relative value file Chronicle reads."));
                }

                return (new PfsRvuFile(fileName, reader, columns, titleYear), null);
            }

            titleYear ??= record.Fields.Select(f => TitlePattern().Match(f)).FirstOrDefault(m => m.Success) is { } title
                ? int.Parse(title.Groups["year"].Value, CultureInfo.InvariantCulture)
                : null;
            above = record.Fields;
        }

        reader.Dispose();
        return (null, new CodeFileIssue(fileName, null, string.Create(CultureInfo.InvariantCulture, $"no row starting with HCPCS in the first {MaxPreambleRows} rows; this is not a PFS relative value file.")));
    }

    /// <summary>Every row after the header: a value, a row passed over (with why) or an issue naming line and column.</summary>
    public async IAsyncEnumerable<CodeFileRow<PfsRvuRow>> ReadRowsAsync(decimal? conversionFactor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await _reader.ReadAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            if (record.Error is not null)
            {
                yield return CodeFileRow<PfsRvuRow>.Bad(FileName, record.Line, record.Error);
                if (record.IsFatal)
                {
                    yield break;
                }

                continue;
            }

            yield return Parse(record, conversionFactor);
        }
    }

    public void Dispose() => _reader.Dispose();

    private CodeFileRow<PfsRvuRow> Parse(CsvRecord record, decimal? conversionFactor)
    {
        string Cell(int index) => index < record.Fields.Count ? record.Fields[index].Trim() : string.Empty;

        var code = Cell(_columns.Code).ToUpperInvariant();
        if (code.Length != 5)
        {
            return CodeFileRow<PfsRvuRow>.Skip(record.Line, "lines that are not codes (notes, blank lines)");
        }

        if (!HcpcsCode.TryParse(code).IsValid)
        {
            return CodeFileRow<PfsRvuRow>.Bad(FileName, record.Line, $"'{code}' is not a CPT/HCPCS code.", "HCPCS");
        }

        // CMS rows may end in empty cells past the header, but a filled one means the columns shifted.
        if (record.Fields.Skip(_columns.FieldCount).Any(f => f.Trim().Length > 0))
        {
            return CodeFileRow<PfsRvuRow>.Bad(FileName, record.Line, string.Create(CultureInfo.InvariantCulture,
                $"the row of {code} has {record.Fields.Count} fields but the header {_columns.FieldCount}; a number written with a comma shifts the columns."));
        }

        if (_columns.Modifier is { } modifier && Cell(modifier).Length > 0)
        {
            return CodeFileRow<PfsRvuRow>.Skip(record.Line, "rows with a modifier (professional or technical components)");
        }

        var status = Cell(_columns.Status).ToUpperInvariant();
        if (!PaidStatuses.Contains(status, StringComparer.Ordinal))
        {
            return CodeFileRow<PfsRvuRow>.Skip(record.Line, $"rows of status {(status.Length == 0 ? "(blank)" : status)}, not paid under the fee schedule");
        }

        var nonFacility = Number(Cell(_columns.TotalNonFacility));
        var facility = Number(Cell(_columns.TotalFacility));
        var factor = conversionFactor ?? (_columns.ConversionFactor is { } column ? Number(Cell(column)) : null);
        var problem = nonFacility is null ? ("non-facility total", Cell(_columns.TotalNonFacility))
            : facility is null ? ("facility total", Cell(_columns.TotalFacility))
            : factor is null or <= 0 ? ("conversion factor", _columns.ConversionFactor is { } c ? Cell(c) : string.Empty)
            : default;
        if (problem.Item1 is { } field)
        {
            var reason = problem.Item2.Length == 0 ? "is empty" : $"'{problem.Item2}' is not a number such as 1.98";
            return CodeFileRow<PfsRvuRow>.Bad(FileName, record.Line, $"the {field} of {code} {reason}.", field);
        }

        return CodeFileRow<PfsRvuRow>.Ok(record.Line, new PfsRvuRow(HcpcsCode.Parse(code), status, nonFacility!.Value, facility!.Value, factor!.Value));
    }

    private static decimal? Number(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    [GeneratedRegex(@"(?<year>20\d\d)\s+NATIONAL\s+PHYSICIAN\s+FEE\s+SCHEDULE", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"20\d\d", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}

/// <summary>One global row of a code paid under the fee schedule: total RVUs of each setting and the conversion factor.</summary>
public sealed record PfsRvuRow(HcpcsCode Code, string Status, decimal TotalRvuNonFacility, decimal TotalRvuFacility, decimal ConversionFactor);
