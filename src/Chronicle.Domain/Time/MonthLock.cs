namespace Chronicle.Domain.Time;

using Chronicle.Domain.Common;

/// <summary>
/// A patient-month whose time is closed, because it was billed (month close locks it): no entry
/// may be added to it, corrected in it or voided from it. Changing a billed month means a
/// corrected claim, which is not done by editing minutes (docs/design.md §5).
/// </summary>
public sealed class MonthLock
{
    private MonthLock()
    {
        LockedBy = string.Empty;
        Reason = string.Empty;
    }

    public Guid Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    public int MonthKey { get; private set; }

    public DateTimeOffset LockedAt { get; private set; }

    public string LockedBy { get; private set; }

    public string Reason { get; private set; }

    public BillingMonth Month => BillingMonth.FromKey(MonthKey);

    public static MonthLock Create(PracticeId practiceId, PatientId patientId, BillingMonth month, string lockedBy, string reason, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lockedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new MonthLock
        {
            Id = Guid.CreateVersion7(),
            PracticeId = practiceId,
            PatientId = patientId,
            MonthKey = month.Key,
            LockedAt = at.ToUniversalTime(),
            LockedBy = lockedBy,
            Reason = reason.Trim(),
        };
    }
}
