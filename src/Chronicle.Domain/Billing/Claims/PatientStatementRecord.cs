namespace Chronicle.Domain.Billing.Claims;

using Chronicle.Domain.Common;

/// <summary>
/// That the statement of a claim was sent: when, by whom, the amount it asked for and the 835 it
/// came from (ADR 0255). When a later 835 reverses the claim or changes what the patient owes, the
/// statement is withdrawn with the reason; a corrected statement is then sent on the same record,
/// which the audit trail keeps the history of. Only a statement from a remittance is ever sent.
/// </summary>
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

    /// <summary>The 835 (<see cref="ResponseFile"/>) the amount came from; null on statements sent before statements followed remittance (they were estimates).</summary>
    public Guid? ResponseFileId { get; private set; }

    /// <summary>When a later 835 withdrew the statement (a reversal, or a new amount owed); null while it stands.</summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }

    public string? WithdrawnReason { get; private set; }

    public bool IsWithdrawn => WithdrawnAt is not null;

    public static PatientStatementRecord Sent(BillingClaim claim, StatementAmounts amounts, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var record = new PatientStatementRecord { ClaimId = claim.Id, PracticeId = claim.PracticeId, PatientId = claim.PatientId, MonthKey = claim.MonthKey };
        record.Send(claim, amounts, at, by);
        return record;
    }

    /// <summary>A corrected statement after a withdrawal: the new amount, sent now.</summary>
    public void Resend(BillingClaim claim, StatementAmounts amounts, DateTimeOffset at, string by)
    {
        if (!IsWithdrawn)
        {
            throw new InvalidOperationException("A statement that stands is not sent again; marking it sent keeps the first record.");
        }

        Send(claim, amounts, at, by);
    }

    /// <summary>A later 835 reversed the claim or changed what the patient owes; the reason says which.</summary>
    public void Withdraw(string reason, DateTimeOffset at)
    {
        WithdrawnAt = WholeMilliseconds(at);
        WithdrawnReason = reason;
    }

    private void Send(BillingClaim claim, StatementAmounts amounts, DateTimeOffset at, string by)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(amounts);
        if (amounts.IsEstimate || claim.RemittanceFileId is not { } file)
        {
            throw new InvalidOperationException($"Claim {claim.ClaimNumber}'s statement is an estimate; only a statement from the payer's remittance is sent.");
        }

        (AmountDueCents, ResponseFileId, SentAt, SentBy, WithdrawnAt, WithdrawnReason) = (amounts.AmountDue.Cents, file, WholeMilliseconds(at), by, null, null);
    }

    // SQLite keeps milliseconds and PostgreSQL microseconds: the time returned is the one read back on either.
    private static DateTimeOffset WholeMilliseconds(DateTimeOffset at) => at.AddTicks(-(at.Ticks % TimeSpan.TicksPerMillisecond));
}
