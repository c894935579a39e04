namespace Chronicle.Interop.Csv;

/// <summary>
/// One record of a CSV file as read, before any meaning is given to it: the physical line it
/// starts on (a quoted field may run over several lines) and its fields, unquoted.
/// </summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
{
    /// <summary>Why the record is malformed (e.g. a stray quote), or null.</summary>
    public string? Error { get; init; }

    /// <summary>
    /// True when the reader could not go on past this record (a quote never closed, bytes that
    /// are not UTF-8): the rest of the file cannot be trusted.
    /// </summary>
    public bool IsFatal { get; init; }
}

/// <summary>A problem found in a CSV file: the line, the column when one is to blame, and why.</summary>
public sealed record CsvProblem(int Line, string? Column, string Reason);

/// <summary>A parsed row, or every problem that kept it from being parsed.</summary>
public sealed record CsvParsed<T>(T? Value, IReadOnlyList<CsvProblem> Problems)
    where T : class
{
    public bool IsValid => Problems.Count == 0 && Value is not null;
}
