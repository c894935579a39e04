namespace Chronicle.Data.Billing;

using Chronicle.Domain.Common;

/// <summary>
/// What a practice charges for a code: the amount its claims carry on each line (837P SV102),
/// which is the practice's own price, not what Medicare allows. Set per code by an administrator
/// or biller; a later setting replaces the earlier one, with who and when.
/// </summary>
public sealed class PracticeCharge
{
    public required PracticeId PracticeId { get; init; }

    public required HcpcsCode Code { get; init; }

    public required long AmountCents { get; set; }

    public required DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Who set it (the actor's id, e.g. a user id or cli:login).</summary>
    public required string UpdatedBy { get; set; }

    public Money Amount => new(AmountCents);
}
