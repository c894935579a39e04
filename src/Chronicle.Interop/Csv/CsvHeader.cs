namespace Chronicle.Interop.Csv;

using System.Globalization;

/// <summary>A header that matched its layout: where each column sits, and the columns ignored.</summary>
public sealed class CsvHeader
{
    private readonly IReadOnlyDictionary<string, int> _indexByColumn;

    internal CsvHeader(CsvLayout layout, IReadOnlyDictionary<string, int> indexByColumn, int fieldCount, IReadOnlyList<string> ignoredColumns)
    {
        Layout = layout;
        _indexByColumn = indexByColumn;
        FieldCount = fieldCount;
        IgnoredColumns = ignoredColumns;
    }

    public CsvLayout Layout { get; }

    public int FieldCount { get; }

    /// <summary>Columns that are not part of the layout and were skipped (--ignore-extra).</summary>
    public IReadOnlyList<string> IgnoredColumns { get; }

    /// <summary>A data record as a row of this header, or the problem that keeps it from being one.</summary>
    public CsvRow? ToRow(CsvRecord record, out CsvProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Error is not null)
        {
            problem = new CsvProblem(record.Line, null, record.Error);
            return null;
        }

        if (record.Fields.Count != FieldCount)
        {
            problem = new CsvProblem(record.Line, null, string.Create(CultureInfo.InvariantCulture,
                $"The row has {record.Fields.Count} field(s) but the header has {FieldCount}; check for a missing or extra comma, or an unquoted comma inside a value."));
            return null;
        }

        problem = null;
        return new CsvRow(this, record);
    }

    internal int? IndexOf(string column) => _indexByColumn.TryGetValue(column, out var index) ? index : null;
}
