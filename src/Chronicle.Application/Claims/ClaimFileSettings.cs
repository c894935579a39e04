namespace Chronicle.Application.Claims;

using Chronicle.Interop.X12;

/// <summary>
/// Who claim files go to: the Medicare administrative contractor's receiver and payer ids (its
/// companion guide names them) and whether files are test or production. Everything else in the
/// envelope comes from the practice (ADR 0141).
/// </summary>
public sealed record ClaimFileSettings
{
    public string ReceiverName { get; init; } = "MEDICARE PART B";

    public string ReceiverId { get; init; } = "MEDICARE";

    public string PayerName { get; init; } = "MEDICARE PART B";

    public string PayerId { get; init; } = "MEDICARE";

    public X12Usage Usage { get; init; } = X12Usage.Test;
}
