namespace Chronicle.Application.Audit;

using System.Text.Json;
using System.Text.Json.Serialization;
using Chronicle.Data;
using Chronicle.Domain.Audit;
using Microsoft.Data.Sqlite;

/// <summary>
/// Loads the audit key ring from configuration or a key file, makes the key file of the embedded
/// database on first run, and rotates a key file's key (a new current key; the old one is kept to
/// verify the events it signed). The file is written readable by its owner only.
/// </summary>
public static class AuditKeyFile
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static AuditKeyRing Load(AuditKeySettings settings, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(database);
        if (!string.IsNullOrWhiteSpace(settings.Key) || !string.IsNullOrWhiteSpace(settings.KeyId))
        {
            return FromConfiguration(settings);
        }

        return PathFor(settings, database) is { } path ? LoadOrCreate(path) : AuditKeyRing.None;
    }

    /// <summary>The key file in use: the configured one, or the one beside a SQLite database file; null for a configured secret or an unkeyed PostgreSQL installation.</summary>
    public static string? PathFor(AuditKeySettings settings, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(database);
        if (!string.IsNullOrWhiteSpace(settings.KeyFile))
        {
            return Path.GetFullPath(settings.KeyFile);
        }

        if (!string.IsNullOrWhiteSpace(settings.Key) || database.ParsedProvider != DatabaseProvider.Sqlite)
        {
            return null;
        }

        var file = new SqliteConnectionStringBuilder(database.EffectiveConnectionString()).DataSource;
        return string.IsNullOrWhiteSpace(file) || file.StartsWith(':') ? null : Path.GetFullPath(file) + ".audit-keys.json";
    }

    /// <summary>Adds a new current key to the key file; returns its id.</summary>
    public static string Rotate(string path)
    {
        var stored = Read(path) ?? new StoredKeys(null, []);
        var key = AuditKey.Generate(out var secret);
        Write(path, new StoredKeys(key.Id, [.. stored.Keys, new StoredKey(key.Id, Convert.ToBase64String(secret))]), overwrite: true);
        return key.Id;
    }

    private static AuditKeyRing FromConfiguration(AuditKeySettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.KeyId) || string.IsNullOrWhiteSpace(settings.Key))
        {
            throw new AuditKeyException("Audit:KeyId and Audit:Key go together: give both, or neither.");
        }

        var current = Key(settings.KeyId, settings.Key, "Audit:Key");
        var retired = settings.RetiredKeys.Select(pair => Key(pair.Key, pair.Value, $"Audit:RetiredKeys:{pair.Key}"));
        return new AuditKeyRing(current, retired);
    }

    private static AuditKeyRing LoadOrCreate(string path)
    {
        var stored = Read(path) ?? CreateFirst(path);

        var keys = stored.Keys.Select(k => Key(k.Id, k.Secret, $"{path}: key '{k.Id}'")).ToList();
        var current = keys.Find(k => k.Id == stored.Current)
            ?? throw new AuditKeyException($"{path}: the current key '{stored.Current}' is not among the file's keys.");
        return new AuditKeyRing(current, keys);
    }

    /// <summary>
    /// Makes the first key of a new key file. Several processes (or several services of one) may
    /// start on a new database at the same moment; only the first file to land is kept, and every
    /// other starter reads that one, so all of them sign the chain with the same key.
    /// </summary>
    private static StoredKeys CreateFirst(string path)
    {
        var key = AuditKey.Generate(out var secret);
        var first = new StoredKeys(key.Id, [new StoredKey(key.Id, Convert.ToBase64String(secret))]);
        return Write(path, first, overwrite: false)
            ? first
            : Read(path) ?? throw new AuditKeyException($"{path}: the audit key file vanished while it was being made.");
    }

    private static StoredKeys? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<StoredKeys>(File.ReadAllText(path), Json)
                ?? throw new AuditKeyException($"{path}: the audit key file is empty.");
        }
        catch (JsonException ex)
        {
            throw new AuditKeyException($"{path}: the audit key file is not valid JSON (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }
    }

    /// <summary>Writes the file whole or not at all (a private temporary file renamed into place); false when it exists and <paramref name="overwrite"/> is off.</summary>
    private static bool Write(string path, StoredKeys keys, bool overwrite)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.new";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var stream = new FileStream(temporary, options))
            {
                JsonSerializer.Serialize(stream, keys, Json);
            }

            File.Move(temporary, path, overwrite);
            return true;
        }
        catch (IOException) when (!overwrite && File.Exists(path))
        {
            return false;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static AuditKey Key(string id, string base64, string where)
    {
        var bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64.Trim(), bytes, out var length))
        {
            throw new AuditKeyException($"{where}: the key is not base64.");
        }

        try
        {
            return new AuditKey(id, bytes.AsSpan(0, length));
        }
        catch (ArgumentException ex)
        {
            throw new AuditKeyException($"{where}: {ex.Message}", ex);
        }
    }

    private sealed record StoredKeys(
        [property: JsonPropertyName("current")] string? Current,
        [property: JsonPropertyName("keys")] IReadOnlyList<StoredKey> Keys);

    private sealed record StoredKey(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("secret")] string Secret);
}
