namespace Chronicle.Interop.Codes;

using System.Text.Json;

/// <summary>
/// A published ICD-10-CM change list between two fiscal years, as a folder: <c>summary.json</c>
/// (fromFiscalYear, toFiscalYear, totalEntriesFrom, totalEntriesTo), <c>added.csv</c>,
/// <c>deleted.csv</c>, <c>billable-status-changes.csv</c> and <c>revised.csv</c> (the layout of the
/// FY2027 changes CMS's 2026 and 2027 "code descriptions in tabular order" differ by). Applied to the
/// full release it starts from (<see cref="Apply"/>) it gives the next release, so a practice is
/// never stuck between CMS files. Every problem names the file, line and column.
/// </summary>
public sealed class Icd10ChangeList
{
    public const string SummaryFile = "summary.json";

    private Icd10ChangeList(int fromYear, int toYear, int entriesFrom, int entriesTo, Icd10ChangeRows rows)
    {
        FromYear = fromYear;
        ToYear = toYear;
        EntriesFrom = entriesFrom;
        EntriesTo = entriesTo;
        Rows = rows;
    }

    public int FromYear { get; }

    public int ToYear { get; }

    /// <summary>How many codes the release it starts from holds, as the summary says; checked before applying.</summary>
    public int EntriesFrom { get; }

    /// <summary>How many codes the result must hold; checked after applying.</summary>
    public int EntriesTo { get; }

    public Icd10ChangeRows Rows { get; }

    /// <summary>Reads the folder's five files; null with every issue found when any is missing or wrong.</summary>
    public static async Task<(Icd10ChangeList? List, IReadOnlyList<CodeFileIssue> Issues)> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            return (null, [new CodeFileIssue(folder, null, File.Exists(folder)
                ? "this is a file; give the folder of the change list (summary.json, added.csv, deleted.csv, billable-status-changes.csv, revised.csv)."
                : "the folder does not exist.")]);
        }

        var issues = new List<CodeFileIssue>();
        var summary = ReadSummary(Path.Combine(folder, SummaryFile), issues);
        var rows = await Icd10ChangeRows.ReadAsync(folder, issues, cancellationToken).ConfigureAwait(false);
        if (summary is not { } s || issues.Count > 0)
        {
            return (null, issues);
        }

        return (new Icd10ChangeList(s.From, s.To, s.EntriesFrom, s.EntriesTo, rows), []);
    }

    /// <summary>
    /// The release of <see cref="ToYear"/>: <paramref name="from"/> (the full release of
    /// <see cref="FromYear"/>) plus the added codes, less the deleted ones, with the new billable
    /// flags and titles. Any change that does not fit the release (an added code already there, a
    /// deleted or changed code missing, a count that differs from the summary) is an issue.
    /// </summary>
    public IReadOnlyList<Icd10Entry> Apply(IEnumerable<Icd10Entry> from, List<CodeFileIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(issues);
        var codes = from.ToDictionary(e => e.Code, StringComparer.Ordinal);
        if (codes.Count != EntriesFrom)
        {
            issues.Add(new CodeFileIssue(SummaryFile, null, $"the change list starts from {EntriesFrom:N0} codes of FY{FromYear}, but the loaded FY{FromYear} holds {codes.Count:N0}; load CMS's full FY{FromYear} release first.", "totalEntriesFrom"));
        }

        foreach (var deleted in Rows.Deleted)
        {
            if (!codes.Remove(deleted.Code))
            {
                issues.Add(new CodeFileIssue(Icd10ChangeRows.DeletedFile, deleted.Line, $"{deleted.Code} is deleted, but FY{FromYear} does not have it.", "code"));
            }
        }

        foreach (var added in Rows.Added)
        {
            if (!codes.TryAdd(added.Entry.Code, added.Entry))
            {
                issues.Add(new CodeFileIssue(Icd10ChangeRows.AddedFile, added.Line, $"{added.Entry.Code} is added, but FY{FromYear} already has it.", "code"));
            }
        }

        foreach (var change in Rows.StatusChanges)
        {
            if (!codes.TryGetValue(change.Code, out var entry) || entry.Billable != change.PreviousBillable)
            {
                issues.Add(new CodeFileIssue(Icd10ChangeRows.StatusFile, change.Line, entry is null
                    ? $"{change.Code} changes billable status, but FY{FromYear} does not have it."
                    : $"{change.Code} was {(change.PreviousBillable ? "billable" : "a header")}, the change list says, but FY{FromYear} has it {(entry.Billable ? "billable" : "as a header")}.", "code"));
                continue;
            }

            codes[change.Code] = entry with { Billable = change.NewBillable };
        }

        foreach (var revised in Rows.Revised)
        {
            if (!codes.TryGetValue(revised.Code, out var entry))
            {
                issues.Add(new CodeFileIssue(Icd10ChangeRows.RevisedFile, revised.Line, $"{revised.Code} has a revised title, but FY{ToYear} does not have it.", "code"));
                continue;
            }

            codes[revised.Code] = entry with { Description = revised.NewTitle };
        }

        if (issues.Count == 0 && codes.Count != EntriesTo)
        {
            issues.Add(new CodeFileIssue(SummaryFile, null, $"applying the changes gives {codes.Count:N0} codes, but the summary says FY{ToYear} has {EntriesTo:N0}.", "totalEntriesTo"));
        }

        return codes.Values.OrderBy(e => e.Code, StringComparer.Ordinal).ToList();
    }

    private static (int From, int To, int EntriesFrom, int EntriesTo)? ReadSummary(string path, List<CodeFileIssue> issues)
    {
        if (!File.Exists(path))
        {
            issues.Add(new CodeFileIssue(SummaryFile, null, "the change list has no summary.json (fromFiscalYear, toFiscalYear, totalEntriesFrom, totalEntriesTo)."));
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            int Number(string name)
            {
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
                {
                    return number;
                }

                issues.Add(new CodeFileIssue(SummaryFile, null, $"'{name}' should be a whole number.", name));
                return 0;
            }

            var result = (Number("fromFiscalYear"), Number("toFiscalYear"), Number("totalEntriesFrom"), Number("totalEntriesTo"));
            if (issues.Count == 0 && result.Item2 != result.Item1 + 1)
            {
                issues.Add(new CodeFileIssue(SummaryFile, null, $"a change list goes from one fiscal year to the next, not from {result.Item1} to {result.Item2}.", "toFiscalYear"));
            }

            return result;
        }
        catch (JsonException ex)
        {
            issues.Add(new CodeFileIssue(SummaryFile, (int?)(ex.LineNumber + 1), $"not valid JSON: {ex.Message}"));
            return null;
        }
    }
}
