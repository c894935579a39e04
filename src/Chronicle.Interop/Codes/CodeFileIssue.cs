namespace Chronicle.Interop.Codes;

/// <summary>A problem in a code file: which file (or zip entry), which line and column, and what is wrong.</summary>
public sealed record CodeFileIssue(string File, int? Line, string Reason, string? Field = null)
{
    public override string ToString() =>
        $"{File}{(Line is { } line ? $":{line}" : string.Empty)}{(Field is null ? string.Empty : $" [{Field}]")}: {Reason}";
}

/// <summary>
/// One line of a code file as a reader saw it: a value, a line deliberately passed over (with the
/// reason, for the import summary), or an issue. Readers never stop at the first bad line, so an
/// import can report every one before deciding to write nothing.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "CodeFileRow<T>.Ok/Skip/Bad read better at call sites than a separate factory class.")]
public readonly record struct CodeFileRow<T>(int Line, T? Value, string? SkipReason, CodeFileIssue? Issue)
    where T : class
{
    public static CodeFileRow<T> Ok(int line, T value) => new(line, value, null, null);

    public static CodeFileRow<T> Skip(int line, string reason) => new(line, null, reason, null);

    public static CodeFileRow<T> Bad(string file, int line, string reason, string? field = null) =>
        new(line, null, null, new CodeFileIssue(file, line, reason, field));
}
