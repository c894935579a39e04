namespace Chronicle.Domain.Common;

using System.Text.Json;

/// <summary>One coded value kept from a source system: a coding (system, code, display) or an identifier (system, value).</summary>
public sealed record SourceCode(string? System, string Value, string? Display = null);

/// <summary>
/// An ordered list of codes or identifiers a source sent and Chronicle keeps only to give them back
/// (an encounter's type codings, its identifiers, its participants). Compared and stored by its
/// encoded text, so a list is a value.
/// </summary>
public sealed class SourceCodes : IEquatable<SourceCodes>
{
    public const int MaxLength = 4000;

    private SourceCodes(IReadOnlyList<SourceCode> items, string encoded)
    {
        Items = items;
        Encoded = encoded;
    }

    public static SourceCodes Empty { get; } = new([], "[]");

    public IReadOnlyList<SourceCode> Items { get; }

    /// <summary>The stored form (JSON); what equality compares.</summary>
    public string Encoded { get; }

    public bool IsEmpty => Items.Count == 0;

    /// <summary>The codes kept, dropping blanks; those past what a column holds are left out (they are copies, not the record).</summary>
    public static SourceCodes Of(IEnumerable<SourceCode> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var kept = new List<SourceCode>();
        foreach (var item in items.Where(i => !string.IsNullOrWhiteSpace(i.Value)))
        {
            var candidate = JsonSerializer.Serialize(kept.Append(item).ToList());
            if (candidate.Length > MaxLength)
            {
                break;
            }

            kept.Add(item);
        }

        return kept.Count == 0 ? Empty : new SourceCodes(kept, JsonSerializer.Serialize(kept));
    }

    public static SourceCodes Decode(string? encoded) =>
        string.IsNullOrWhiteSpace(encoded) || encoded == "[]"
            ? Empty
            : Of(JsonSerializer.Deserialize<List<SourceCode>>(encoded) ?? []);

    public bool Equals(SourceCodes? other) => other is not null && Encoded == other.Encoded;

    public override bool Equals(object? obj) => Equals(obj as SourceCodes);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Encoded);

    public override string ToString() => Encoded;
}
