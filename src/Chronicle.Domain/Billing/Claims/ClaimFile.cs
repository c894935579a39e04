namespace Chronicle.Domain.Billing.Claims;

using Chronicle.Domain.Common;

/// <summary>
/// One 837P file sent: its control number is the database-assigned key (ISA13 and GS06), so no two
/// files ever share one, whatever runs at the same time on whichever provider (ADR 0140). The
/// claims it carries point at it.
/// </summary>
public sealed class ClaimFile
{
    private ClaimFile()
    {
        CreatedBy = string.Empty;
    }

    public long ControlNumber { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public int MonthKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public int ClaimCount { get; private set; }

    public long ChargeCents { get; private set; }

    /// <summary>The file as sent, so it can be downloaded again byte for byte.</summary>
    public string? Content { get; private set; }

    public string? Sha256 { get; private set; }

    /// <summary>The interchange receiver the file is addressed to (ISA08); null on files written before one file per receiver.</summary>
    public string? ReceiverId { get; private set; }

    /// <summary>ISA15 as written: T (test) or P (production); null on files written before usage was configured.</summary>
    public string? Usage { get; private set; }

    public static ClaimFile Reserve(PracticeId practiceId, BillingMonth month, DateTimeOffset at, string by, string? receiverId = null, string? usage = null) =>
        new() { PracticeId = practiceId, MonthKey = month.Key, CreatedAt = at, CreatedBy = by, ReceiverId = receiverId, Usage = usage };

    public void Complete(string content, string sha256, int claimCount, Money charge)
    {
        Content = content;
        Sha256 = sha256;
        ClaimCount = claimCount;
        ChargeCents = charge.Cents;
    }
}
