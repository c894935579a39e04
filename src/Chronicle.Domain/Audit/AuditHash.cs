namespace Chronicle.Domain.Audit;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

/// <summary>
/// How an audit event is hashed: SHA-256 over a canonical text of every field and the previous
/// event's hash, written the same way on every machine and culture. Each field is written as its
/// length, a colon, the value and a line feed ("~" alone for a missing value), so no value can
/// pose as a field boundary and an empty value differs from a missing one.
/// </summary>
public static class AuditHash
{
    /// <summary>What the first event chains from.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Names the canonical form of an unkeyed event (SHA-256).</summary>
    private const string FormatTag = "chronicle-audit-event/1";

    /// <summary>Names the canonical form of a keyed event (HMAC-SHA256), which also covers the key id.</summary>
    private const string KeyedFormatTag = "chronicle-audit-event/2";

    /// <summary>The canonical text an event's hash is computed over (shown by tests and kept stable).</summary>
    public static string Canonical(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var text = new StringBuilder(512);
        Field(text, e.KeyId is null ? FormatTag : KeyedFormatTag);
        Field(text, e.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(text, e.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        Field(text, e.PracticeId?.Value.ToString("D"));
        Field(text, e.ActorId);
        Field(text, e.ActorName);
        Field(text, e.Role);
        Field(text, e.Surface);
        Field(text, e.Address);
        Field(text, e.Action);
        Field(text, e.PatientId?.Value.ToString("D"));
        Field(text, e.What);
        if (e.KeyId is not null)
        {
            Field(text, e.KeyId);
        }

        Field(text, e.PreviousHash);
        return text.ToString();
    }

    /// <summary>The unkeyed hash (SHA-256) of an event without a key id.</summary>
    public static string Compute(AuditEvent e) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(e))));

    /// <summary>The keyed hash (HMAC-SHA256) of an event signed with <paramref name="key"/>.</summary>
    public static string Compute(AuditEvent e, AuditKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Sign(Canonical(e));
    }

    /// <summary>
    /// UTC and whole milliseconds: the hash must survive the round trip, and PostgreSQL keeps
    /// microseconds while EF Core's SQLite encoding keeps a tenth of a millisecond.
    /// </summary>
    public static DateTimeOffset Normalize(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    private static void Field(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("~\n");
            return;
        }

        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
    }
}
