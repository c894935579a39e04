namespace Chronicle.Domain.Audit;

using System.Globalization;

/// <summary>
/// A point of the audit trail recorded outside the database: the chain head's sequence number and
/// hash at a moment. Kept in an append-only file (one line per anchor) somewhere the database's
/// users cannot write, it proves that the trail reached that event with that hash: deleting events
/// from the end back past it, or rewriting it, is found by <see cref="AuditChainCheck"/> even if
/// the chain head is moved to match.
/// </summary>
public sealed record AuditAnchor(long Sequence, string Hash, DateTimeOffset At)
{
    private const string Tag = "chronicle-audit-anchor/1";

    /// <summary>One line: tag, sequence, hash, UTC time, separated by spaces.</summary>
    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"{Tag} {Sequence} {Hash} {At.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fff'Z'}");

    /// <summary>Reads an anchor file's lines; blank lines and lines starting with '#' are skipped. Errors name the line.</summary>
    public static (IReadOnlyList<AuditAnchor> Anchors, string? Error) ParseLines(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var anchors = new List<AuditAnchor>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 4 || parts[0] != Tag)
            {
                return ([], $"line {number}: expected '{Tag} <sequence> <hash> <time>', as 'chronicle audit anchor' writes.");
            }

            if (!long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence < 1)
            {
                return ([], $"line {number}: the sequence number '{parts[1]}' is not a positive whole number.");
            }

            if (parts[2].Length != 64 || !parts[2].All(char.IsAsciiHexDigitLower))
            {
                return ([], $"line {number}: the hash is not 64 lower-case hexadecimal digits.");
            }

            if (!DateTimeOffset.TryParseExact(parts[3], "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                return ([], $"line {number}: the time '{parts[3]}' is not a UTC time such as 2026-12-07T10:15:00.000Z.");
            }

            anchors.Add(new AuditAnchor(sequence, parts[2], at));
        }

        return (anchors, null);
    }
}
