namespace Chronicle.Application.Exporting;

/// <summary>What an export wrote: rows per kind, and what a kind could not carry, with why.</summary>
public sealed class ExportReport(string folder)
{
    private readonly Dictionary<string, int> _rows = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Kind, string Why), int> _skipped = [];

    public string Folder { get; } = folder;

    public IReadOnlyDictionary<string, int> Rows => _rows;

    /// <summary>"3 conditions not coded in ICD-10-CM" and the like: kept by the FHIR bulk export, not by CSV.</summary>
    public IReadOnlyList<string> Skipped => _skipped.Select(s => $"{s.Value} {s.Key.Kind} {s.Key.Why}").ToList();

    internal void Wrote(string kind, int rows) => _rows[kind] = rows;

    internal void Skip(string kind, string why) => _skipped[(kind, why)] = _skipped.GetValueOrDefault((kind, why)) + 1;
}
