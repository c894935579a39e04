namespace Chronicle.Application.Audit;

/// <summary>
/// Configuration section <c>Audit</c>: where the audit trail's key comes from (ADR 0070). Either a
/// key file (<see cref="KeyFile"/>), or a secret given in configuration (<see cref="KeyId"/> and
/// <see cref="Key"/>, e.g. from the environment as Audit__KeyId and Audit__Key, with keys used
/// before under <see cref="RetiredKeys"/>). With neither, the embedded SQLite database keeps a key
/// file beside its database file, made on first run; a PostgreSQL installation without a key
/// writes unkeyed events, as before keys existed.
/// </summary>
public sealed class AuditKeySettings
{
    public const string SectionName = "Audit";

    /// <summary>A JSON key file with the current key and the retired ones; made if missing.</summary>
    public string? KeyFile { get; set; }

    public string? KeyId { get; set; }

    /// <summary>Base64, at least 32 bytes.</summary>
    public string? Key { get; set; }

    /// <summary>Key id → base64 secret of keys no longer used for new events, kept to verify old ones.</summary>
    public Dictionary<string, string> RetiredKeys { get; set; } = new(StringComparer.Ordinal);
}
