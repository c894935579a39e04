namespace Chronicle.Domain.Billing;

using Chronicle.Domain.Enrollment;

/// <summary>
/// A code group that may not be billed in the same month as a program, and what it does when the
/// same NPI or another NPI bills it (docs/spec/billing-scenario.md rule 8; docs/rules/ccm.md §2, §10).
/// </summary>
public sealed record ConflictRule(
    CareProgram Program,
    string Label,
    CodeRanges Codes,
    ConflictEffect SameNpi,
    ConflictEffect OtherNpi,
    string Source);

public enum ConflictEffect
{
    None = 0,

    /// <summary>Needs a person: status needs-review (CONFLICT-OTHER-PRACTITIONER).</summary>
    Warn = 1,

    /// <summary>No claim (CONFLICT-SAME-PRACTITIONER, OTHER-PRACTITIONER-BILLED).</summary>
    Block = 2,
}

/// <summary>A set of codes written as rules write them: single codes and inclusive ranges such as 90951–90970.</summary>
public sealed class CodeRanges
{
    private readonly (string From, string To)[] _ranges;

    public CodeRanges(params string[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _ranges = items.Select(Split).ToArray();
        Text = string.Join(", ", items);
    }

    public string Text { get; }

    public bool Contains(string code)
    {
        var value = code?.Trim().ToUpperInvariant() ?? string.Empty;
        return _ranges.Any(r => value.Length == r.From.Length
            && string.CompareOrdinal(value, r.From) >= 0 && string.CompareOrdinal(value, r.To) <= 0);
    }

    public override string ToString() => Text;

    private static (string From, string To) Split(string item)
    {
        var parts = item.Split('–', '-');
        return parts.Length == 2 ? (parts[0].Trim(), parts[1].Trim()) : (item.Trim(), item.Trim());
    }
}
