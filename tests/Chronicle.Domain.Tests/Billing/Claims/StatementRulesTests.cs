namespace Chronicle.Domain.Tests.Billing.Claims;

using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>The one statement amount rule (ADR 0255): issued from the 835's patient responsibility, an estimate before it, nothing otherwise.</summary>
public sealed class StatementRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 4, 2, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Before_the_payer_decides_the_statement_is_an_estimate_of_20_percent_of_the_expected_payment()
    {
        var claim = Submitted();

        var decision = StatementRules.For(claim, qualifiedMedicareBeneficiary: false, []);

        var amounts = decision.Amounts!;
        Assert.Equal((StatementSource.Estimate, 1218L + 800L, 0L, 0L), (amounts.Source, amounts.AmountDue.Cents, amounts.Deductible.Cents, amounts.Other.Cents));
        Assert.Equal([1218L, 800L], amounts.Lines.Select(l => l.Coinsurance.Cents));
        Assert.True(amounts.IsEstimate);
    }

    [Fact]
    public void A_paid_claim_owes_its_835_patient_responsibility_split_into_deductible_coinsurance_and_other()
    {
        var claim = Submitted();
        var file = Guid.NewGuid();
        claim.Post(ClaimStatus.Paid, 8000, 6000, "P1", new RemittanceSource(file, "EFT1"), At, "835");
        claim.Lines[0].PostPaid(2870, reversal: false);
        claim.Lines[1].PostPaid(5130, reversal: false);
        PostedAdjustment[] adjustments =
        [
            PostedAdjustment.Of(claim.Id, file, 1, "PR", "1", 2830, null),
            PostedAdjustment.Of(claim.Id, file, 1, "PR", "2", 390, null),
            PostedAdjustment.Of(claim.Id, file, 2, "PR", "2", 1280, null),
            PostedAdjustment.Of(claim.Id, file, null, "PR", "3", 1500, null),
            PostedAdjustment.Of(claim.Id, file, 1, "CO", "45", 2900, null),
        ];

        var amounts = StatementRules.For(claim, qualifiedMedicareBeneficiary: false, adjustments).Amounts!;

        Assert.Equal((StatementSource.Remittance, 6000L), (amounts.Source, amounts.AmountDue.Cents));
        Assert.Equal((2830L, 1670L, 1500L, 8000L), (amounts.Deductible.Cents, amounts.Coinsurance.Cents, amounts.Other.Cents, amounts.PayerPays.Cents));
        Assert.Equal([(1, 2830L, 390L, 0L), (2, 0L, 1280L, 0L)], amounts.Lines.Where(l => l.LineNumber is not null).Select(l => (l.LineNumber!.Value, l.Deductible.Cents, l.Coinsurance.Cents, l.Other.Cents)));
        var claimLevel = Assert.Single(amounts.Lines, l => l.LineNumber is null);
        Assert.Equal((null, 1500L), (claimLevel.Code, claimLevel.PatientOwes.Cents));
    }

    [Theory]
    [InlineData(ClaimStatus.Denied)]
    [InlineData(ClaimStatus.Reversed)]
    [InlineData(ClaimStatus.Rejected)]
    public void A_denied_reversed_or_rejected_claim_owes_nothing(ClaimStatus status)
    {
        var claim = Submitted();
        var source = new RemittanceSource(Guid.NewGuid(), "EFT1");
        if (status == ClaimStatus.Reversed)
        {
            claim.Post(ClaimStatus.Paid, 8000, 2000, "P1", source, At, "835");
            claim.Post(ClaimStatus.Reversed, -8000, -2000, "P1", source, At, "835");
        }
        else if (status == ClaimStatus.Denied)
        {
            claim.Post(ClaimStatus.Denied, 0, 0, "P1", source, At, "835");
        }
        else
        {
            claim.Acknowledge(false, null, "A7:562", At, "277CA");
        }

        var decision = StatementRules.For(claim, qualifiedMedicareBeneficiary: false, []);

        Assert.Equal((status, StatementRules.NothingDueCode), (claim.Status, decision.NoStatement?.Code));
        Assert.Null(decision.Amounts);
    }

    [Fact]
    public void A_qualified_medicare_beneficiary_owes_nothing_even_when_the_835_says_otherwise()
    {
        var claim = Submitted();
        var file = Guid.NewGuid();
        claim.Post(ClaimStatus.Paid, 8000, 2000, "P1", new RemittanceSource(file, "EFT1"), At, "835");

        var paid = StatementRules.For(claim, qualifiedMedicareBeneficiary: true, [PostedAdjustment.Of(claim.Id, file, 1, "PR", "2", 2000, null)]);
        var before = StatementRules.For(Submitted(), qualifiedMedicareBeneficiary: true, []);

        Assert.Equal((PatientShareCalculator.QmbCode, PatientShareCalculator.QmbCode), (paid.NoStatement?.Code, before.NoStatement?.Code));
        Assert.Null(paid.Amounts);
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
