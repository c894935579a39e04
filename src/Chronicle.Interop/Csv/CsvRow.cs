namespace Chronicle.Interop.Csv;

/// <summary>
/// A data row read through its header: cells by column name, trimmed, blank meaning no value.
/// Line breaks inside a value read as LF whatever the file used, so the same file saved on
/// Windows or Unix imports the same values (and a second import finds nothing changed).
/// </summary>
public sealed class CsvRow
{
    private readonly CsvHeader _header;
    private readonly CsvRecord _record;

    internal CsvRow(CsvHeader header, CsvRecord record)
    {
        _header = header;
        _record = record;
    }

    /// <summary>The physical line the row starts on.</summary>
    public int Line => _record.Line;

    public CsvLayout Layout => _header.Layout;

    /// <summary>The cell of a column, trimmed; null when blank or when the file has no such column.</summary>
    public string? this[string column]
    {
        get
        {
            if (_header.IndexOf(column) is not { } index)
            {
                return null;
            }

            var value = _record.Fields[index].Trim().ReplaceLineEndings("\n");
            return value.Length == 0 ? null : value;
        }
    }
}
