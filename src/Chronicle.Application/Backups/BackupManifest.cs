namespace Chronicle.Application.Backups;

using System.Text.Json;
using System.Text.Json.Serialization;

/// <summary>
/// What a backup holds, written inside it (ADR 0200): which Chronicle made it, from which kind of
/// database at which schema migration, how many rows each table had in the copy, and the audit
/// chain's head in the copy. Restore refuses a backup whose migration it does not know, and checks
/// the copy's counts against these before and after it writes anything.
/// </summary>
public sealed record BackupManifest(
    string Format,
    string ChronicleVersion,
    string DatabaseKind,
    string? Migration,
    DateTimeOffset CreatedAt,
    IReadOnlyDictionary<string, long> Counts,
    long? AuditSequence,
    string? AuditHash)
{
    /// <summary>SHA-256 of the database copy inside the archive, lower-case hex; restore checks it before anything else.</summary>
    public string? CopySha256 { get; init; }

    /// <summary>The archive format this version writes and reads.</summary>
    public const string CurrentFormat = "chronicle-backup/1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public long TotalRows => Counts.Values.Sum();

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <returns>Null when the text is not a manifest this version can read.</returns>
    public static BackupManifest? FromJson(string text)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<BackupManifest>(text, Json);
            return manifest is { Format: CurrentFormat, Counts: not null, DatabaseKind: not null, CopySha256: not null } ? manifest : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
