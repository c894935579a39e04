namespace Chronicle.Domain.Tests.Billing.Claims;

using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>What the clearinghouse and payer do to a sent claim (ADR 0226), and its line control numbers (ADR 0225).</summary>
public sealed class ClaimAdjudicationTests
{
    private static readonly DateTimeOffset At = new(2026, 4, 2, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(ClaimStatus.Submitted, ClaimStatus.Accepted, true)]
    [InlineData(ClaimStatus.Submitted, ClaimStatus.Paid, true)]
    [InlineData(ClaimStatus.Accepted, ClaimStatus.Denied, true)]
    [InlineData(ClaimStatus.Paid, ClaimStatus.Reversed, true)]
    [InlineData(ClaimStatus.Reversed, ClaimStatus.Paid, true)]
    [InlineData(ClaimStatus.Denied, ClaimStatus.WrittenOff, true)]
    [InlineData(ClaimStatus.Paid, ClaimStatus.Accepted, false)]
    [InlineData(ClaimStatus.Paid, ClaimStatus.WrittenOff, false)]
    [InlineData(ClaimStatus.Approved, ClaimStatus.Paid, false)]
    [InlineData(ClaimStatus.Ready, ClaimStatus.Submitted, false)]
    [InlineData(ClaimStatus.Superseded, ClaimStatus.Paid, false)]
    public void The_transition_table_says_what_may_follow_what(ClaimStatus from, ClaimStatus to, bool allowed) =>
        Assert.Equal(allowed, ClaimTransitions.CanMove(from, to));

    [Fact]
    public void Lines_carry_a_control_number_of_their_claim_and_line_number()
    {
        var claim = Submitted();

        Assert.Equal([claim.ClaimNumber + "-1", claim.ClaimNumber + "-2"], claim.Lines.Select(l => l.ControlNumber));
        Assert.Same(claim.Lines[1], claim.LineFor(claim.ClaimNumber + "-2", "99490"));
        Assert.Same(claim.Lines[1], claim.LineFor(null, "99439"));
    }

    [Fact]
    public void A_payment_then_its_reversal_leave_nothing_paid_and_a_late_acknowledgment_changes_nothing()
    {
        var claim = Submitted();

        var paid = new RemittanceSource(Guid.NewGuid(), "EFT1");
        var reversed = new RemittanceSource(Guid.NewGuid(), "EFT2");

        Assert.True(claim.Post(ClaimStatus.Paid, 9000, 2250, "P1", paid, At, "835"));
        Assert.False(claim.Acknowledge(true, "P1", null, At, "277CA"));
        Assert.True(claim.Post(ClaimStatus.Reversed, -9000, -2250, "P1", reversed, At, "835"));

        Assert.Equal((ClaimStatus.Reversed, 0L, 0L, "P1"), (claim.Status, claim.PaidCents, claim.PatientResponsibilityCents, claim.PayerClaimNumber));
        Assert.Equal((reversed.FileId, "EFT2"), (claim.RemittanceFileId, claim.RemittanceTrace));
    }

    [Fact]
    public void Only_a_rejected_or_denied_claim_is_written_off_and_only_with_a_reason()
    {
        var claim = Submitted();
        Assert.Equal(ClaimCodes.NotWorkable, claim.WriteOff("no longer pursued", At, "biller").Failure?.Code);
        claim.Acknowledge(false, null, "277CA A7:562", At, "277CA");

        Assert.Equal(ClaimCodes.NotWorkable, claim.WriteOff(" ", At, "biller").Failure?.Code);
        Assert.True(claim.WriteOff("Patient moved out of the area", At, "biller").Succeeded);
        Assert.Equal((ClaimStatus.WrittenOff, "Patient moved out of the area"), (claim.Status, claim.Note));
    }

    private static BillingClaim Submitted()
    {
        var decision = MonthDecision.Create(
            PracticeId.New(), new PatientId(Guid.NewGuid()), CareProgram.Ccm, new BillingMonth(2026, 3),
            new BillingDecision(BillingStatus.Billable, null, new CountedMinutes(45, 0), [], ["45 minutes"], new TimeCount([]), 2026), At);
        var content = new ClaimContent("1625384973", new DateOnly(2026, 3, 17), "11", ["E119"],
            [new PricedLine(HcpcsCode.Parse("99490"), 1, new Money(9000), new Money(6090)), new PricedLine(HcpcsCode.Parse("99439"), 1, new Money(5000), new Money(4000))]);
        var claim = BillingClaim.Create(decision, content, ClaimStatus.Ready, At, "close");
        claim.Approve(At, "biller");
        claim.MarkExported(1, At, "biller");
        claim.MarkSubmitted(At, "submit");
        return claim;
    }
}
