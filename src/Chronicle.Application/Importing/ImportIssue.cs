namespace Chronicle.Application.Importing;

/// <summary>
/// One problem found in an input file: where (file, line, and the column, field or FHIR path)
/// and what is wrong, in words a practice's staff can act on.
/// </summary>
public sealed record ImportIssue(string File, int? Line, string? Field, string Reason)
{
    public override string ToString()
    {
        var where = File;
        if (Line is { } line)
        {
            where += $":{line}";
        }

        if (!string.IsNullOrEmpty(Field))
        {
            where += $" [{Field}]";
        }

        return $"{where}: {Reason}";
    }
}
