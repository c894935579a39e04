namespace Chronicle.Domain.Billing.Claims;

using Chronicle.Domain.Common;

/// <summary>
/// A 999, 277CA or 835 file as received (ADR 0228): its bytes as text, where it came from, its
/// SHA-256 (a file with the same content is never applied twice), whether it was applied and what
/// it did or why not.
/// </summary>
public sealed class ResponseFile
{
    private ResponseFile()
    {
        Kind = string.Empty;
        Origin = string.Empty;
        Sha256 = string.Empty;
        Content = string.Empty;
        ReceivedBy = string.Empty;
        Outcome = string.Empty;
    }

    public Guid Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    /// <summary>'999', '277CA', '835' or 'unrecognised'.</summary>
    public string Kind { get; private set; }

    /// <summary>The path imported, or 'sftp:NAME' / 'folder:NAME' for a polled file.</summary>
    public string Origin { get; private set; }

    public string Sha256 { get; private set; }

    public string Content { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public string ReceivedBy { get; private set; }

    public bool Applied { get; private set; }

    /// <summary>What applying it changed, or every reason it was not applied, one per line.</summary>
    public string Outcome { get; private set; }

    /// <summary>Whether it was applied and what it did or why not, once that is known.</summary>
    public void Conclude(bool applied, string outcome)
    {
        Applied = applied;
        Outcome = outcome;
    }

    public static ResponseFile Receive(PracticeId practiceId, string kind, string origin, string sha256, string content, bool applied, string outcome, DateTimeOffset at, string by) =>
        new()
        {
            Id = Guid.NewGuid(), PracticeId = practiceId, Kind = kind, Origin = origin.Length > 400 ? origin[^400..] : origin, Sha256 = sha256,
            Content = content, Applied = applied, Outcome = outcome, ReceivedAt = at, ReceivedBy = by,
        };
}
