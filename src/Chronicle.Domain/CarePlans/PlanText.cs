namespace Chronicle.Domain.CarePlans;

/// <summary>
/// How free text enters a plan: trimmed, line endings unified, control characters dropped and
/// length capped, so every surface (page, PDF, JSON) gets the same text. Markup is kept as typed:
/// it is text, and each surface escapes it for its own format.
/// </summary>
public static class PlanText
{
    public const int MaxLength = 4000;

    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var unified = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var kept = new System.Text.StringBuilder(unified.Length);
        foreach (var c in unified)
        {
            if (c == '\n' || c == '\t' || !char.IsControl(c))
            {
                kept.Append(c == '\t' ? ' ' : c);
            }
        }

        var cleaned = kept.ToString().Trim();
        return cleaned.Length <= MaxLength ? cleaned : cleaned[..MaxLength];
    }

    public static bool Has(string? text) => !string.IsNullOrWhiteSpace(text);
}
