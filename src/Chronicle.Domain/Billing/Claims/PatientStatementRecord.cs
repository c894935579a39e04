namespace Chronicle.Domain.Billing.Claims;

using Chronicle.Domain.Common;

/// <summary>That the statement of a claim's patient-month was sent: when, by whom, and the amount it asked for.</summary>
public sealed class PatientStatementRecord
{
    private PatientStatementRecord()
    {
        SentBy = string.Empty;
    }

    public Guid ClaimId { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    public int MonthKey { get; private set; }

    public long AmountDueCents { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public string SentBy { get; private set; }

    public static PatientStatementRecord Sent(BillingClaim claim, Money amountDue, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new() { ClaimId = claim.Id, PracticeId = claim.PracticeId, PatientId = claim.PatientId, MonthKey = claim.MonthKey, AmountDueCents = amountDue.Cents, SentAt = WholeMilliseconds(at), SentBy = by };
    }

    // SQLite keeps milliseconds and PostgreSQL microseconds: the time returned is the one read back on either.
    private static DateTimeOffset WholeMilliseconds(DateTimeOffset at) => at.AddTicks(-(at.Ticks % TimeSpan.TicksPerMillisecond));
}
