namespace Chronicle.Domain.Audit;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// A secret the audit trail's events are keyed with (HMAC-SHA256), named by an id that each event
/// stores, so that a key can be retired and a new one used without rehashing what was written. The
/// key lives outside the database; someone who can write to the database but has not got the key
/// cannot make a changed or new event that verifies (ADR 0070).
/// </summary>
public sealed class AuditKey
{
    public const int MaxIdLength = 40;

    /// <summary>Fewer bytes would make the key guessable; HMAC-SHA256 gains nothing beyond 64.</summary>
    public const int MinimumSecretBytes = 32;

    private readonly byte[] _secret;

    public AuditKey(string id, ReadOnlySpan<byte> secret)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxIdLength || id.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            throw new ArgumentException($"An audit key id is 1 to {MaxIdLength} characters without spaces.", nameof(id));
        }

        if (secret.Length < MinimumSecretBytes)
        {
            throw new ArgumentException($"The audit key '{id}' has {secret.Length} bytes; it needs at least {MinimumSecretBytes}.", nameof(secret));
        }

        Id = id;
        _secret = secret.ToArray();
    }

    public string Id { get; }

    /// <summary>Lower-case hex HMAC-SHA256 of the text.</summary>
    public string Sign(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>A fresh random key with a random id (for the key file the embedded database starts with, and for rotation).</summary>
    public static AuditKey Generate(out byte[] secret)
    {
        secret = RandomNumberGenerator.GetBytes(MinimumSecretBytes);
        return new AuditKey("k-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)), secret);
    }
}

/// <summary>The keys an installation has: the current one (new events) and retired ones (verification only).</summary>
public sealed class AuditKeyRing
{
    private readonly Dictionary<string, AuditKey> _keys;

    public AuditKeyRing(AuditKey? current, IEnumerable<AuditKey> retired)
    {
        ArgumentNullException.ThrowIfNull(retired);
        _keys = new Dictionary<string, AuditKey>(StringComparer.Ordinal);
        foreach (var key in retired.Append(current).OfType<AuditKey>())
        {
            _keys[key.Id] = key;
        }

        Current = current;
    }

    /// <summary>No key: events are hashed unkeyed (SHA-256), as before keys existed.</summary>
    public static AuditKeyRing None { get; } = new(null, []);

    /// <summary>The key new events are signed with; null when the installation has none.</summary>
    public AuditKey? Current { get; }

    public IReadOnlyCollection<string> Ids => _keys.Keys;

    public AuditKey? Find(string id) => _keys.GetValueOrDefault(id);
}
