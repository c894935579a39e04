namespace Chronicle.Interop.Csv;

using System.Globalization;
using Chronicle.Domain.Common;

/// <summary>
/// Reads the cells of one row into typed values and collects every problem on the way (not only
/// the first), each with the row's line and the column's name. A required column with a blank
/// cell, a value too long to store, and a value its type rejects are all problems.
/// </summary>
internal sealed class CsvCells(CsvRow row)
{
    private readonly List<CsvProblem> _problems = [];

    public IReadOnlyList<CsvProblem> Problems => _problems;

    public bool HasProblems => _problems.Count > 0;

    public void Problem(string column, string reason) => _problems.Add(new CsvProblem(row.Line, column, reason));

    /// <summary>The trimmed text of a cell, or null when blank (a problem if the column is required).</summary>
    public string? Text(string column)
    {
        var definition = row.Layout.Find(column) ?? throw new ArgumentException($"The {row.Layout.Kind} layout has no column {column}.", nameof(column));
        var value = row[column];
        if (value is null)
        {
            if (definition.Required)
            {
                Problem(column, $"A value is required in {column}.");
            }

            return null;
        }

        if (value.Length > definition.MaxLength)
        {
            Problem(column, string.Create(CultureInfo.InvariantCulture, $"The value has {value.Length} characters; {column} holds at most {definition.MaxLength}."));
            return null;
        }

        return value;
    }

    /// <summary>
    /// An identifier cell (an MRN, a staff id): its trimmed text, refused when it holds a line break,
    /// tab or other invisible character (<see cref="Identifiers"/>).
    /// </summary>
    public string? Identifier(string column)
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        if (Identifiers.Problem(column, text) is { } problem)
        {
            Problem(column, problem);
            return null;
        }

        return text;
    }

    /// <summary>A value-type cell parsed by its domain type's TryParse; null when blank or rejected.</summary>
    public T? Parse<T>(string column, Func<string, ValueResult<T>> tryParse)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(tryParse);
        if (Text(column) is not { } text)
        {
            return null;
        }

        var result = tryParse(text);
        if (!result.IsValid)
        {
            Problem(column, result.Error!);
            return null;
        }

        return result.Value;
    }

    /// <summary>A reference-type cell parsed by its domain type's TryParse; null when blank or rejected.</summary>
    public T? ParseObject<T>(string column, Func<string, ValueResult<T>> tryParse)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(tryParse);
        if (Text(column) is not { } text)
        {
            return null;
        }

        var result = tryParse(text);
        if (!result.IsValid)
        {
            Problem(column, result.Error!);
            return null;
        }

        return result.Value;
    }

    public DateOnly? Date(string column) => Parse(column, CsvValues.ParseDate);

    public bool? Boolean(string column) => Parse(column, CsvValues.ParseBoolean);
}
