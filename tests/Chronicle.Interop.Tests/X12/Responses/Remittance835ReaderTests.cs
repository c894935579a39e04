namespace Chronicle.Interop.Tests.X12.Responses;

using Chronicle.Domain.Common;
using Chronicle.Interop.X12.Responses;

/// <summary>The 835 reader on a remittance written for the tests: paying, denying, partly paying and reversing claims, then broken ways.</summary>
public sealed class Remittance835ReaderTests
{
    private static readonly string Paid = ResponseFiles.Authored(ResponseFiles.Paid835);

    [Fact]
    public void A_balanced_remittance_is_read_whole_and_can_be_applied()
    {
        var result = ResponseReader.Read(Paid);

        Assert.Equal(ResponseKind.Remittance835, result.Kind);
        Assert.Empty(result.Problems);
        Assert.True(result.CanApply);
        var advice = Assert.Single(result.Remittance!.Advices);
        Assert.Equal(new RemittancePayment(Money.FromDollars(44.49m), "C", "ACH", new DateOnly(2025, 3, 20)), advice.Payment);
        Assert.Equal("EFT20250320001", advice.TraceNumber);
        Assert.Equal("MEDICARE PART B", advice.Payer.Name);
        Assert.Equal(new RemittanceParty("CHRONIC CARE CLINIC", "XX", "1234567893"), advice.Payee);
        Assert.Equal(["CCM0002", "CCM0003", "CCM0004", "CCM0001"], advice.Claims.Select(c => c.ClaimId));
        var plb = Assert.Single(advice.ProviderAdjustments);
        Assert.Equal(("L6", Money.FromDollars(-0.50m)), (plb.Reason, plb.Amount));
    }

    [Fact]
    public void A_paid_claim_has_its_amounts_lines_line_control_numbers_and_coinsurance()
    {
        var claim = Claim(Paid, "CCM0002");

        Assert.Equal(RemittanceClaimStatus.Processed, claim.Status);
        Assert.Equal((Money.FromDollars(106.42m), Money.FromDollars(85.13m), Money.FromDollars(21.29m)), (claim.Charge, claim.Paid, claim.PatientResponsibility));
        Assert.Equal("25037000001", claim.PayerClaimNumber);
        Assert.Equal("2GF5UH6NP84", claim.PatientMemberId);
        Assert.Equal(2, claim.Lines.Count);
        var addOn = claim.Lines[1];
        Assert.Equal(("99439", 2m, "CCM0002-2", new DateOnly(2025, 2, 28)), (addOn.Code, addOn.Units, addOn.LineControlNumber, addOn.ServiceDate));
        Assert.Equal((Money.FromDollars(45.93m), Money.FromDollars(36.74m), Money.FromDollars(45.93m)), (addOn.Charge, addOn.Paid, addOn.Allowed));
        Assert.Equal(new ClaimAdjustment("PR", "2", Money.FromDollars(9.19m), null), Assert.Single(addOn.Adjustments));
    }

    [Fact]
    public void A_denied_claim_carries_its_contractual_reasons_and_remark_codes()
    {
        var claim = Claim(Paid, "CCM0003");

        Assert.Equal(RemittanceClaimStatus.Denied, claim.Status);
        Assert.Equal(Money.Zero, claim.Paid);
        Assert.Equal(["CO-16 $131.65", "CO-B15 $70.52"], claim.AllAdjustments.Select(a => a.ToString()));
        Assert.Equal(["MA02"], claim.RemarkCodes);
        Assert.Equal(["M76", "M80"], claim.Lines.SelectMany(l => l.RemarkCodes));
    }

    [Fact]
    public void A_partly_paid_claim_splits_deductible_and_coinsurance()
    {
        var claim = Claim(Paid, "CCM0004");

        Assert.Equal(Money.FromDollars(46.06m), claim.Paid);
        Assert.Equal(Money.FromDollars(93.68m), claim.PatientResponsibility);
        Assert.Equal(["PR-1 $82.16", "PR-2 $11.52"], claim.AllAdjustments.Select(a => a.ToString()));
    }

    [Fact]
    public void A_reversal_takes_back_an_earlier_payment_with_negative_amounts()
    {
        var claim = Claim(Paid, "CCM0001");

        Assert.True(claim.IsReversal);
        Assert.Equal("22", claim.StatusCode);
        Assert.Equal((Money.FromDollars(-109m), Money.FromDollars(-87.20m), Money.FromDollars(-21.80m)), (claim.Charge, claim.Paid, claim.PatientResponsibility));
    }

    [Fact]
    public void Every_triplet_of_a_cas_segment_is_read()
    {
        var text = ResponseFiles.Replace(Paid, "CAS*PR*1*82.16~", "CAS*PR*1*50.00*1*2*20.00*1*3*12.16~");

        var claim = Claim(text, "CCM0004");

        Assert.Equal(["PR-1 $50.00", "PR-2 $20.00", "PR-3 $12.16", "PR-2 $11.52"], claim.AllAdjustments.Select(a => a.ToString()));
        Assert.Equal([1m, 1m], claim.Lines[0].Adjustments.Select(a => a.Quantity).OfType<decimal>());
    }

    [Fact]
    public void A_payment_that_does_not_balance_blocks_the_file_and_says_why()
    {
        var result = ResponseReader.Read(ResponseFiles.Replace(Paid, "BPR*I*44.49*", "BPR*I*54.49*"));

        Assert.False(result.CanApply);
        var problem = Assert.Single(result.Problems);
        Assert.True(problem.Blocking);
        Assert.Equal(("ST", "BPR02"), (problem.SegmentId, problem.Element));
        Assert.Equal("segment 3 (ST), element BPR02: the payment of 54.49 does not balance: the claims paid 43.99 (CLP04) less provider adjustments of -0.50 (PLB) come to 44.49; the file is not applied.", problem.ToString());
    }

    [Fact]
    public void A_claim_whose_adjustments_do_not_explain_its_payment_blocks_the_file()
    {
        var text = ResponseFiles.Replace(Paid, "CAS*PR*2*11.52~", "CAS*PR*2*1.52~");

        var result = ResponseReader.Read(text);

        Assert.False(result.CanApply);
        Assert.Contains(result.Problems, p => p.Blocking && p.SegmentId == "CLP" && p.Element == "CLP04" && p.Message.StartsWith("claim CCM0004 does not balance", StringComparison.Ordinal));
    }

    [Fact]
    public void An_amount_that_is_not_a_number_is_named_by_segment_and_element_without_balance_noise()
    {
        var text = ResponseFiles.Replace(Paid, "CLP*CCM0004*1*139.74*46.06*", "CLP*CCM0004*1*139.74*4x.06*");

        var result = ResponseReader.Read(text);

        Assert.False(result.CanApply);
        Assert.Equal("segment 38 (CLP), element CLP04: '4x.06' is not a number.", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void A_truncated_remittance_is_reported_as_such_and_cannot_be_applied()
    {
        var text = Paid[..Paid.IndexOf("CLP*CCM0004", StringComparison.Ordinal)];

        var result = ResponseReader.Read(text);

        Assert.Equal(ResponseKind.Remittance835, result.Kind);
        Assert.False(result.CanApply);
        Assert.Contains(result.Problems, p => p.Blocking && p.Message.Contains("it is truncated", StringComparison.Ordinal));
    }

    [Fact]
    public void Denials_for_non_covered_and_hospice_care_are_read_with_their_reasons_in_plain_words()
    {
        var text = ResponseFiles.Wrap835(
            "BPR*I*0*C*NON************20250320",
            "TRN*1*NOPAY0001*1234567890",
            "N1*PR*MEDICARE PART B",
            "N1*PE*CHRONIC CARE CLINIC*XX*1234567893",
            "CLP*CCM0010*4*62*0**MB*25037000010*11*1",
            "CAS*CO*96*62",
            "CLP*CCM0011*4*62*0**MB*25037000011*11*1",
            "CAS*CO*B9*62");

        var result = ResponseReader.Read(text);

        Assert.True(result.CanApply, string.Join(" | ", result.Problems));
        var claims = result.Remittance!.Advices[0].Claims;
        Assert.All(claims, c => Assert.Equal(RemittanceClaimStatus.Denied, c.Status));
        Assert.Equal(["96", "B9"], claims.SelectMany(c => c.Adjustments).Select(a => a.Reason));
        Assert.All(claims.SelectMany(c => c.Adjustments), a => Assert.NotNull(AdjustmentCodeWords.Reason(a.Reason)));
    }

    [Fact]
    public void A_procedure_written_with_another_component_separator_is_read_and_reported_leniently()
    {
        var text = ResponseFiles.Replace(Paid, "SVC*HC:99490*", "SVC*HC>99490*");

        var result = ResponseReader.Read(text);

        Assert.True(result.CanApply);
        Assert.Equal("99490", Claim(text, "CCM0002").Lines[0].Code);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("SVC01", false), (problem.Element, problem.Blocking));
    }

    [Fact]
    public void Every_reason_and_remark_code_of_the_authored_remittance_has_plain_words()
    {
        var claims = ResponseReader.Read(Paid).Remittance!.Advices[0].Claims;

        Assert.All(claims.SelectMany(c => c.AllAdjustments), a => Assert.NotNull(AdjustmentCodeWords.Reason(a.Reason)));
        Assert.All(claims.SelectMany(c => c.AllAdjustments), a => Assert.NotNull(AdjustmentCodeWords.Group(a.Group)));
        Assert.All(claims.SelectMany(c => c.RemarkCodes.Concat(c.Lines.SelectMany(l => l.RemarkCodes))), r => Assert.NotNull(AdjustmentCodeWords.Remark(r)));
        Assert.Null(AdjustmentCodeWords.Reason("99999"));
        Assert.Contains("x12.org", AdjustmentCodeWords.ReasonOrReference("99999"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_institutional_line_keeps_its_revenue_code_from_SVC04_or_from_an_NU_SVC01_with_the_procedure_from_SVC06()
    {
        // The authored remittance as a Part A MAC answers an RHC's 837I (ADR 0260).
        var institutional = Paid
            .Replace("SVC*HC:99490*60.49*48.39**1~", "SVC*HC:99490*60.49*48.39*0521*1~", StringComparison.Ordinal)
            .Replace("SVC*HC:99439*45.93*36.74**2~", "SVC*NU:0521*45.93*36.74**2*HC:99439~", StringComparison.Ordinal);

        var result = ResponseReader.Read(institutional);
        var claim = result.Remittance!.Advices.SelectMany(a => a.Claims).Single(c => c.ClaimId == "CCM0002");

        Assert.Empty(result.Problems);
        Assert.Equal([("99490", "0521", "CCM0002-1"), ("99439", "0521", "CCM0002-2")], claim.Lines.Select(l => (l.Code, l.RevenueCode, l.LineControlNumber)));
        Assert.Equal(Money.FromDollars(36.74m), claim.Lines[1].Paid);
    }

    private static RemittanceClaim Claim(string text, string id) =>
        ResponseReader.Read(text).Remittance!.Advices.SelectMany(a => a.Claims).Single(c => c.ClaimId == id);
}
