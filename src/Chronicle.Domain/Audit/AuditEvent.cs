namespace Chronicle.Domain.Audit;

using Chronicle.Domain.Common;

/// <summary>
/// One entry of the append-only audit trail: who (user, role), through which surface and from
/// where, did what, to which patient, when. Each event carries its predecessor's hash and its own
/// hash over all its fields and that predecessor's hash (<see cref="AuditHash"/>), so an edited,
/// removed or reordered event breaks the chain. Events are only ever made by
/// <see cref="Append"/>; nothing changes them afterwards.
/// </summary>
public sealed class AuditEvent
{
    public const int MaxIdLength = 200;
    public const int MaxRoleLength = 40;
    public const int MaxAddressLength = 64;
    public const int MaxActionLength = 40;
    public const int MaxWhatLength = 400;

    private AuditEvent()
    {
        ActorId = string.Empty;
        ActorName = string.Empty;
        Role = string.Empty;
        Surface = string.Empty;
        Action = string.Empty;
        What = string.Empty;
        PreviousHash = string.Empty;
        Hash = string.Empty;
    }

    /// <summary>1, 2, 3, … with no gap: a missing number is a deleted event.</summary>
    public long Sequence { get; private set; }

    /// <summary>UTC, to the millisecond, so the hash survives a round trip through either database.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    public PracticeId? PracticeId { get; private set; }

    public string ActorId { get; private set; }

    public string ActorName { get; private set; }

    public string Role { get; private set; }

    /// <summary>web, api, fhir, cli or system.</summary>
    public string Surface { get; private set; }

    /// <summary>The client's network address, when there is one.</summary>
    public string? Address { get; private set; }

    /// <summary>read, create, update, import, seed, sign-in, … (<c>AuditActions</c> in the application).</summary>
    public string Action { get; private set; }

    public PatientId? PatientId { get; private set; }

    /// <summary>Which record or list and what happened to it; never a name, birth date, identifier or note.</summary>
    public string What { get; private set; }

    /// <summary>The audit key the event is signed with (HMAC-SHA256); null for an unkeyed event (SHA-256), as written before keys existed.</summary>
    public string? KeyId { get; private set; }

    /// <summary>Lower-case hex hash of the event before, or <see cref="AuditHash.Genesis"/> for the first.</summary>
    public string PreviousHash { get; private set; }

    public string Hash { get; private set; }

    /// <summary>The event that follows <paramref name="previous"/>, hashed and chained onto it.</summary>
    public static AuditEvent Append(AuditLink previous, DateTimeOffset occurredAt, AuditDetails details) =>
        Append(previous, occurredAt, details, null);

    /// <summary>As <see cref="Append(AuditLink, DateTimeOffset, AuditDetails)"/>, signed with <paramref name="key"/> when there is one.</summary>
    public static AuditEvent Append(AuditLink previous, DateTimeOffset occurredAt, AuditDetails details, AuditKey? key)
    {
        ArgumentNullException.ThrowIfNull(details);
        var e = new AuditEvent
        {
            Sequence = previous.Sequence + 1,
            OccurredAt = AuditHash.Normalize(occurredAt),
            PracticeId = details.PracticeId,
            ActorId = Clean(details.ActorId, MaxIdLength, "unknown"),
            ActorName = Clean(details.ActorName, MaxIdLength, "unknown"),
            Role = Clean(details.Role, MaxRoleLength, "unknown"),
            Surface = Clean(details.Surface, MaxRoleLength, "unknown"),
            Address = details.Address is null ? null : Clean(details.Address, MaxAddressLength, "unknown"),
            Action = Clean(details.Action, MaxActionLength, "unknown"),
            PatientId = details.PatientId,
            What = Clean(details.What, MaxWhatLength, "-"),
            PreviousHash = previous.Hash,
            KeyId = key?.Id,
        };
        e.Hash = key is null ? AuditHash.Compute(e) : AuditHash.Compute(e, key);
        return e;
    }

    /// <summary>Whether the stored hash still matches the stored fields (an unkeyed event; a keyed one needs its key).</summary>
    public bool HashMatches() => KeyId is null && string.Equals(AuditHash.Compute(this), Hash, StringComparison.Ordinal);

    /// <summary>Whether the stored hash matches the stored fields under the event's key; false when the ring lacks that key.</summary>
    public bool HashMatches(AuditKeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (KeyId is null)
        {
            return HashMatches();
        }

        return keys.Find(KeyId) is { } key && string.Equals(AuditHash.Compute(this, key), Hash, StringComparison.Ordinal);
    }

    public AuditLink Link => new(Sequence, Hash);

    /// <summary>
    /// Control characters become U+FFFD (PostgreSQL refuses NUL, and line breaks would let a value
    /// pose as two lines in a report); over-long values are cut. Recording must never fail on odd input.
    /// </summary>
    private static string Clean(string? value, int maxLength, string whenEmpty)
    {
        if (string.IsNullOrEmpty(value))
        {
            return whenEmpty;
        }

        var chars = value.Length > maxLength ? value.AsSpan(0, maxLength).ToArray() : value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        // A cut must not leave half of a surrogate pair, which UTF-8 cannot store.
        var length = chars.Length;
        if (length > 0 && char.IsHighSurrogate(chars[length - 1]))
        {
            length--;
        }

        return new string(chars, 0, length);
    }
}

/// <summary>What an event says, before it is numbered, timed and chained.</summary>
public sealed record AuditDetails(
    string ActorId,
    string ActorName,
    string Role,
    string Surface,
    string? Address,
    string Action,
    string What,
    PracticeId? PracticeId = null,
    PatientId? PatientId = null);

/// <summary>The end of a chain: the last event's sequence number and hash (0 and the genesis value for an empty trail).</summary>
public readonly record struct AuditLink(long Sequence, string Hash)
{
    public static AuditLink Genesis => new(0, AuditHash.Genesis);
}
