namespace Chronicle.Domain.Billing.Claims;

/// <summary>
/// One CAS adjustment an 835 posted to a claim (or one of its lines): group (CO, PR, OA, PI, CR),
/// reason (CARC) and amount, kept with the file it came from. A later payment of the claim replaces
/// them; a reversal's negative amounts are kept beside them.
/// </summary>
public sealed class PostedAdjustment
{
    private PostedAdjustment()
    {
        Group = string.Empty;
        Reason = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ClaimId { get; private set; }

    public Guid ResponseFileId { get; private set; }

    /// <summary>The claim line's number when the adjustment was on a service line.</summary>
    public int? LineNumber { get; private set; }

    public string Group { get; private set; }

    public string Reason { get; private set; }

    public long AmountCents { get; private set; }

    /// <summary>Remark codes (RARC) of the claim or line, comma-separated.</summary>
    public string? Remarks { get; private set; }

    public static PostedAdjustment Of(Guid claimId, Guid fileId, int? lineNumber, string group, string reason, long amountCents, string? remarks) =>
        new() { Id = Guid.NewGuid(), ClaimId = claimId, ResponseFileId = fileId, LineNumber = lineNumber, Group = group, Reason = reason, AmountCents = amountCents, Remarks = remarks };
}
