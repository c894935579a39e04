namespace Chronicle.Domain.Billing.Claims;

using Chronicle.Domain.Common;

/// <summary>
/// One attempt to deliver a month's claim file to the clearinghouse (ADR 0227): the file (its control
/// number, name, size and hash), the transport, when and by whom, and the error when delivery failed
/// (then no file was kept and the claims stayed approved, ready to retry).
/// </summary>
public sealed class ClaimSubmission
{
    private ClaimSubmission()
    {
        FileName = string.Empty;
        Transport = string.Empty;
        AttemptedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public int MonthKey { get; private set; }

    /// <summary>The claim file delivered (ISA13/GS06); null when delivery failed and the file was rolled back.</summary>
    public long? ControlNumber { get; private set; }

    public string FileName { get; private set; }

    /// <summary>'folder' or 'sftp'.</summary>
    public string Transport { get; private set; }

    public int ClaimCount { get; private set; }

    public long Bytes { get; private set; }

    public string? Sha256 { get; private set; }

    public DateTimeOffset AttemptedAt { get; private set; }

    public string AttemptedBy { get; private set; }

    public string? Error { get; private set; }

    public static ClaimSubmission Delivered(PracticeId practiceId, BillingMonth month, long controlNumber, string fileName, string transport, int claims, long bytes, string sha256, DateTimeOffset at, string by) =>
        new()
        {
            Id = Guid.NewGuid(), PracticeId = practiceId, MonthKey = month.Key, ControlNumber = controlNumber, FileName = fileName,
            Transport = transport, ClaimCount = claims, Bytes = bytes, Sha256 = sha256, AttemptedAt = at, AttemptedBy = by,
        };

    public static ClaimSubmission Failed(PracticeId practiceId, BillingMonth month, string transport, string error, DateTimeOffset at, string by) =>
        new()
        {
            Id = Guid.NewGuid(), PracticeId = practiceId, MonthKey = month.Key, Transport = transport,
            Error = error.Length > 1000 ? error[..1000] : error, AttemptedAt = at, AttemptedBy = by,
        };
}
