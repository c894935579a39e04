namespace Chronicle.Domain.Billing.Claims;

using Chronicle.Domain.Common;

/// <summary>
/// When a practice's month was last closed, and by whom: one row per practice and month, moved on
/// by every close. Time recorded after it into a patient-month whose claim is still open is late
/// time the next close takes in; the billing page marks those decisions "changed since close".
/// </summary>
public sealed class ClosedMonth
{
    private ClosedMonth()
    {
        ClosedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public int MonthKey { get; private set; }

    public DateTimeOffset ClosedAt { get; private set; }

    public string ClosedBy { get; private set; }

    public BillingMonth Month => BillingMonth.FromKey(MonthKey);

    public static ClosedMonth Create(PracticeId practiceId, BillingMonth month, DateTimeOffset at, string by)
    {
        var closed = new ClosedMonth { Id = Guid.NewGuid(), PracticeId = practiceId, MonthKey = month.Key };
        closed.Closed(at, by);
        return closed;
    }

    public void Closed(DateTimeOffset at, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        ClosedAt = at.ToUniversalTime();
        ClosedBy = by;
    }
}
