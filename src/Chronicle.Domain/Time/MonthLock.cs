namespace Chronicle.Domain.Time;

using Chronicle.Domain.Common;

/// <summary>
/// A patient-month whose time is closed because a claim for it was approved or exported: no entry
/// may be added to it, corrected in it or voided from it. Changing a billed month means a
/// corrected claim, which lifts the lock for the change (docs/design.md §5, ADR 0165).
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

    /// <summary>The claim whose approval or export locked the month; none for a lock set by hand.</summary>
    public string? ClaimNumber { get; private set; }

    public BillingMonth Month => BillingMonth.FromKey(MonthKey);

    public static MonthLock Create(PracticeId practiceId, PatientId patientId, BillingMonth month, string lockedBy, string reason, DateTimeOffset at, string? claimNumber = null)
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
            ClaimNumber = claimNumber,
        };
    }
}
