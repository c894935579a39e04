namespace Chronicle.Interop.Codes;

using Chronicle.Interop.Csv;

/// <summary>The four CSV files of an ICD-10-CM change list, read strictly: exact headers, valid codes, true/false flags, titles.</summary>
public sealed class Icd10ChangeRows
{
    public const string AddedFile = "added.csv";
    public const string DeletedFile = "deleted.csv";
    public const string StatusFile = "billable-status-changes.csv";
    public const string RevisedFile = "revised.csv";

    private static readonly string[] AddedHeader = ["code", "codeDotted", "billable", "category", "shortTitle", "longTitle"];
    private static readonly string[] DeletedHeader = ["code", "codeDotted", "wasBillable", "category", "shortTitle", "longTitle"];
    private static readonly string[] StatusHeader = ["code", "codeDotted", "previousBillable", "newBillable", "direction", "longTitle"];
    private static readonly string[] RevisedHeader = ["code", "codeDotted", "billable", "previousLongTitle", "newLongTitle", "previousShortTitle", "newShortTitle"];

    public List<(int Line, Icd10Entry Entry)> Added { get; } = [];

    public List<(int Line, string Code)> Deleted { get; } = [];

    public List<(int Line, string Code, bool PreviousBillable, bool NewBillable)> StatusChanges { get; } = [];

    public List<(int Line, string Code, string NewTitle)> Revised { get; } = [];

    internal static async Task<Icd10ChangeRows> ReadAsync(string folder, List<CodeFileIssue> issues, CancellationToken cancellationToken)
    {
        var rows = new Icd10ChangeRows();
        await ReadFileAsync(folder, AddedFile, AddedHeader, issues, row =>
        {
            // Every field is checked, so one bad row reports all its problems at once.
            var (code, billable, title) = (row.Code(), row.Flag(2), row.Title(5));
            if (code is not null && billable is { } flag && title is not null)
            {
                rows.Added.Add((row.Line, new Icd10Entry(code, flag, title)));
            }
        }, cancellationToken).ConfigureAwait(false);
        await ReadFileAsync(folder, DeletedFile, DeletedHeader, issues, row =>
        {
            if (row.Code() is { } code)
            {
                rows.Deleted.Add((row.Line, code));
            }
        }, cancellationToken).ConfigureAwait(false);
        await ReadFileAsync(folder, StatusFile, StatusHeader, issues, row =>
        {
            var (code, before, after) = (row.Code(), row.Flag(2), row.Flag(3));
            if (code is not null && before is not null && after is not null)
            {
                rows.StatusChanges.Add((row.Line, code, before.Value, after.Value));
            }
        }, cancellationToken).ConfigureAwait(false);
        await ReadFileAsync(folder, RevisedFile, RevisedHeader, issues, row =>
        {
            var (code, title) = (row.Code(), row.Title(4));
            if (code is not null && title is not null)
            {
                rows.Revised.Add((row.Line, code, title));
            }
        }, cancellationToken).ConfigureAwait(false);
        return rows;
    }

    private static async Task ReadFileAsync(string folder, string name, string[] header, List<CodeFileIssue> issues, Action<ChangeRow> read, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            issues.Add(new CodeFileIssue(name, null, $"the change list has no {name}; an empty list of changes is a file with only the header."));
            return;
        }

        using var reader = new CsvRecordReader(File.OpenRead(path));
        var first = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (first is null || first.Error is not null || !first.Fields.SequenceEqual(header, StringComparer.Ordinal))
        {
            issues.Add(new CodeFileIssue(name, 1, first?.Error ?? $"the header should be '{string.Join(",", header)}'."));
            return;
        }

        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            if (record.Error is not null || record.Fields.Count != header.Length)
            {
                issues.Add(new CodeFileIssue(name, record.Line, record.Error ?? $"expected {header.Length} fields, found {record.Fields.Count}."));
                if (record.Error is not null)
                {
                    return;
                }

                continue;
            }

            read(new ChangeRow(name, record, header, issues));
        }
    }

    private sealed class ChangeRow(string file, CsvRecord record, string[] header, List<CodeFileIssue> issues)
    {
        public int Line => record.Line;

        public string? Code()
        {
            var error = Icd10CodeField.Check(record.Fields[0], "code", out var code);
            if (error is not null)
            {
                issues.Add(new CodeFileIssue(file, record.Line, error, header[0]));
            }

            return code;
        }

        public bool? Flag(int index)
        {
            switch (record.Fields[index])
            {
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    issues.Add(new CodeFileIssue(file, record.Line, $"should be true or false, not '{record.Fields[index]}'.", header[index]));
                    return null;
            }
        }

        public string? Title(int index)
        {
            var title = record.Fields[index].Trim();
            if (title.Length == 0)
            {
                issues.Add(new CodeFileIssue(file, record.Line, "the title is empty.", header[index]));
                return null;
            }

            return title;
        }
    }
}
