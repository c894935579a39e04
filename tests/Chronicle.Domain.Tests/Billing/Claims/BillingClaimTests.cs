namespace Chronicle.Domain.Tests.Billing.Claims;

using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>The claim workflow's transitions, corrections and pricing, case by case.</summary>
public sealed class BillingClaimTests
{
    private static readonly DateTimeOffset At = new(2026, 4, 2, 15, 0, 0, TimeSpan.Zero);

    private static readonly ClaimContent Content = new("1625384973", new DateOnly(2026, 3, 17), "11", ["E119", "I10"],
        [new PricedLine(HcpcsCode.Parse("99490"), 1, new Money(9000), new Money(6090))]);

    [Theory]
    [InlineData(ClaimStatus.Ready, true)]
    [InlineData(ClaimStatus.NeedsReview, true)]
    [InlineData(ClaimStatus.Blocked, false)]
    public void A_fresh_claim_can_be_approved_unless_blocked(ClaimStatus status, bool approves)
    {
        var claim = NewClaim(status);

        var outcome = claim.Approve(At, "biller");

        Assert.Equal(approves, outcome.Succeeded);
        Assert.Equal(approves ? ClaimStatus.Approved : ClaimStatus.Blocked, claim.Status);
        Assert.Equal(approves ? null : ClaimCodes.Blocked, outcome.Failure?.Code);
    }

    [Fact]
    public void A_held_claim_keeps_its_hold_through_fresh_facts_but_not_when_it_becomes_blocked()
    {
        var claim = NewClaim(ClaimStatus.Ready);
        Assert.True(claim.Hold("check", At, "biller").Succeeded);

        var unchanged = claim.Refresh(Content, ClaimStatus.Ready, At, "close");
        var blocked = claim.Refresh(Content, ClaimStatus.Blocked, At, "close");

        Assert.False(unchanged);
        Assert.True(blocked);
        Assert.Equal(ClaimStatus.Blocked, claim.Status);
    }

    [Fact]
    public void An_exported_claim_is_neither_held_nor_refreshed_and_is_corrected_by_a_void_with_the_original_reference()
    {
        var claim = NewClaim(ClaimStatus.Ready);
        claim.Approve(At, "biller");
        claim.MarkExported(7, At, "biller");

        var hold = claim.Hold(null, At, "biller");
        var voided = claim.Correct(voidIt: true, null, ClaimStatus.Ready, "22026031000123", null, At, "biller");

        Assert.Equal(ClaimCodes.Locked, hold.Failure?.Code);
        Assert.Throws<InvalidOperationException>(() => claim.Refresh(Content, ClaimStatus.Ready, At, "close"));
        Assert.True(voided.Succeeded);
        var correction = voided.Value!;
        Assert.Equal((8, claim.Id, "22026031000123", ClaimStatus.Approved), (correction.Frequency, correction.Corrects, correction.OriginalReference, correction.Status));
        Assert.Equal(ClaimContent.Of(claim), ClaimContent.Of(correction));
        Assert.Equal(ClaimStatus.Superseded, claim.Status);
        Assert.Equal(7L, claim.ExportedIn);
    }

    [Fact]
    public void Only_an_exported_claim_can_be_replaced()
    {
        var claim = NewClaim(ClaimStatus.Ready);

        var replaced = claim.Correct(voidIt: false, Content, ClaimStatus.Ready, "22026031000123", null, At, "biller");

        Assert.Equal(ClaimCodes.NotExported, replaced.Failure?.Code);
    }

    [Fact]
    public void A_replacement_carries_the_new_content_the_reason_and_frequency_7_and_can_itself_be_replaced_once_exported()
    {
        var claim = Exported(7);
        var changed = Content with { Lines = [new PricedLine(HcpcsCode.Parse("99490"), 1, new Money(9000), new Money(6090)), new PricedLine(HcpcsCode.Parse("99439"), 1, new Money(5000), new Money(4700))] };

        var replacement = claim.Correct(voidIt: false, changed, ClaimStatus.NeedsReview, "22026031000123", " Minutes were missing ", At, "biller").GetValueOrThrow();
        var early = replacement.Correct(voidIt: false, Content, ClaimStatus.Ready, replacement.ClaimNumber, null, At, "biller");
        var opened = replacement.Status;
        replacement.Approve(At, "biller");
        replacement.MarkExported(8, At, "biller");
        var again = replacement.Correct(voidIt: false, Content, ClaimStatus.Ready, replacement.ClaimNumber, null, At, "biller");

        Assert.Equal((7, claim.Id, "Minutes were missing"), (replacement.Frequency, replacement.Corrects, replacement.Note));
        Assert.Equal(changed, ClaimContent.Of(replacement));
        Assert.Equal(ClaimStatus.NeedsReview, opened);
        Assert.NotEqual(claim.ClaimNumber, replacement.ClaimNumber);
        Assert.Equal(ClaimCodes.NotExported, early.Failure?.Code);
        Assert.True(again.Succeeded);
        Assert.Equal(ClaimStatus.Superseded, replacement.Status);
    }

    [Fact]
    public void An_approved_claim_never_sent_is_reopened_in_place_with_fresh_content_and_an_open_claim_is_not()
    {
        var claim = NewClaim(ClaimStatus.Ready);
        var open = claim.Reopen(Content, ClaimStatus.Ready, "Late minutes", At, "biller");
        claim.Approve(At, "biller");
        var changed = Content with { Lines = [new PricedLine(HcpcsCode.Parse("99490"), 1, new Money(9000), new Money(6090)), new PricedLine(HcpcsCode.Parse("99439"), 1, new Money(5000), new Money(4700))] };

        var reopened = claim.Reopen(changed, ClaimStatus.Ready, " Late minutes ", At, "biller");

        Assert.Equal(ClaimCodes.NotExported, open.Failure?.Code);
        Assert.True(reopened.Succeeded);
        Assert.Equal((ClaimStatus.Ready, 1, "Late minutes"), (claim.Status, claim.Frequency, claim.Note));
        Assert.Equal(changed, ClaimContent.Of(claim));
    }

    [Fact]
    public void A_void_is_final_once_exported()
    {
        var voided = Exported(7).Correct(voidIt: true, null, ClaimStatus.Ready, "22026031000123", null, At, "biller").GetValueOrThrow();
        voided.MarkExported(8, At, "biller");

        var again = voided.Correct(voidIt: true, null, ClaimStatus.Ready, voided.ClaimNumber, null, At, "biller");

        Assert.Equal(ClaimCodes.Voided, again.Failure?.Code);
        Assert.Equal(ClaimStatus.Exported, voided.Status);
    }

    [Theory]
    [InlineData("22026031000123", true)]
    [InlineData("ICN-2026-0001", true)]
    [InlineData("", false)]
    [InlineData("  ", false)]
    [InlineData("ICN*7~", false)]
    [InlineData("ICN 7", false)]
    [InlineData("123456789012345678901234567890123456789012345678901", false)]
    public void The_original_reference_is_1_to_50_letters_digits_or_hyphens(string reference, bool accepted)
    {
        var claim = Exported(7);

        var outcome = claim.Correct(voidIt: true, null, ClaimStatus.Ready, reference, null, At, "biller");

        Assert.Equal(accepted, outcome.Succeeded);
        Assert.Equal(accepted ? null : ClaimCodes.BadReference, outcome.Failure?.Code);
        Assert.Equal(accepted ? ClaimStatus.Superseded : ClaimStatus.Exported, claim.Status);
    }

    [Theory]
    [InlineData("11")]
    [InlineData("21")]
    public void Pricing_uses_the_non_facility_or_facility_amount_for_the_place_of_service_and_the_practice_charge_when_set(string place)
    {
        var fees = FeeSchedule.BuiltIn;
        var code = HcpcsCode.Parse("99439");
        var entry = fees.Find(2026, code)!;
        var proposed = new ProposedClaim("1625384973", new DateOnly(2026, 3, 17), place, ["E119", "I10"], [new ClaimLine(code, 2)]);

        var own = ClaimContent.Price(proposed, 2026, fees, new Dictionary<string, Money> { ["99439"] = new Money(5000) });
        var allowed = ClaimContent.Price(proposed, 2026, fees, new Dictionary<string, Money>());

        var expected = (place == "11" ? entry.NonFacility : entry.Facility) * 2;
        Assert.Equal((new Money(10000), expected), (own.Lines[0].Charge, own.Lines[0].ExpectedPayment));
        Assert.Equal((expected, expected), (allowed.Lines[0].Charge, allowed.Lines[0].ExpectedPayment));
    }

    private static BillingClaim Exported(long controlNumber)
    {
        var claim = NewClaim(ClaimStatus.Ready);
        claim.Approve(At, "biller");
        claim.MarkExported(controlNumber, At, "biller");
        return claim;
    }

    private static BillingClaim NewClaim(ClaimStatus status)
    {
        var decision = MonthDecision.Create(
            PracticeId.New(), new PatientId(Guid.NewGuid()), CareProgram.Ccm, new BillingMonth(2026, 3),
            new BillingDecision(BillingStatus.Billable, null, new CountedMinutes(22, 0), [], ["22 minutes"], new TimeCount([]), 2026), At);
        return BillingClaim.Create(decision, Content, status, At, "close");
    }
}
