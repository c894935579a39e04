namespace Chronicle.Interop.Csv;

using System.Globalization;

/// <summary>A column of a CSV kind: its name, whether a value is required, and the longest value stored.</summary>
public sealed record CsvColumn(string Name, bool Required, int MaxLength = CsvColumn.DefaultMaxLength)
{
    /// <summary>The database's default text length (ChronicleDbContext conventions).</summary>
    public const int DefaultMaxLength = 400;
}

/// <summary>
/// The columns one kind of CSV file has (docs/spec/import-formats.md). A header matches when
/// every required column is there, no column appears twice and no column is unknown (unless
/// extra columns are to be ignored); order is free and names match ignoring case and spaces around.
/// </summary>
public sealed class CsvLayout
{
    public CsvLayout(string kind, params CsvColumn[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Kind = kind;
        Columns = columns;
    }

    /// <summary>The kind's name as the command line spells it, e.g. "patients".</summary>
    public string Kind { get; }

    public IReadOnlyList<CsvColumn> Columns { get; }

    public CsvColumn? Find(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>What a header of this kind must look like, for error messages.</summary>
    public string Describe()
    {
        var required = string.Join(", ", Columns.Where(c => c.Required).Select(c => c.Name));
        var optional = string.Join(", ", Columns.Where(c => !c.Required).Select(c => c.Name));
        return optional.Length == 0
            ? $"A {Kind} file has the columns {required} (all required), in any order."
            : $"A {Kind} file has the columns {required} (required) and {optional} (optional), in any order.";
    }

    /// <summary>Matches a header record against the layout; the header, or the problem with it.</summary>
    public CsvHeaderMatch MatchHeader(CsvRecord header, bool ignoreExtra)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (header.Error is not null)
        {
            return new CsvHeaderMatch(null, new CsvProblem(header.Line, null, $"The header row is malformed: {header.Error}"));
        }

        var indexByColumn = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = new List<string>();
        var duplicates = new List<string>();
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            var column = Find(name);
            if (column is null)
            {
                unknown.Add(name.Length == 0 ? $"(unnamed column {(i + 1).ToString(CultureInfo.InvariantCulture)})" : name);
            }
            else if (!indexByColumn.TryAdd(column.Name, i))
            {
                duplicates.Add(column.Name);
            }
        }

        var missing = Columns.Where(c => c.Required && !indexByColumn.ContainsKey(c.Name)).Select(c => c.Name).ToList();
        var parts = new List<string>();
        if (missing.Count > 0)
        {
            parts.Add($"missing required column(s) {string.Join(", ", missing)}");
        }

        if (duplicates.Count > 0)
        {
            parts.Add($"column(s) named more than once: {string.Join(", ", duplicates.Distinct(StringComparer.Ordinal))}");
        }

        if (unknown.Count > 0 && !ignoreExtra)
        {
            parts.Add($"unknown column(s) {string.Join(", ", unknown)} (remove them, or pass --ignore-extra to skip them)");
        }

        if (parts.Count > 0)
        {
            var reason = $"The header does not match a {Kind} file: {string.Join("; ", parts)}. {Describe()}";
            return new CsvHeaderMatch(null, new CsvProblem(header.Line, null, reason));
        }

        return new CsvHeaderMatch(new CsvHeader(this, indexByColumn, header.Fields.Count, unknown), null);
    }
}

/// <summary>The outcome of matching a header: the header to read rows with, or what is wrong with it.</summary>
public sealed record CsvHeaderMatch(CsvHeader? Header, CsvProblem? Problem);
