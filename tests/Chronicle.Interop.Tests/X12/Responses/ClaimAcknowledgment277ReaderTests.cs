namespace Chronicle.Interop.Tests.X12.Responses;

using Chronicle.Domain.Common;
using Chronicle.Interop.X12.Responses;

/// <summary>The 277CA reader: each claim by its own control number, its statuses, verdict and the payer's claim number.</summary>
public sealed class ClaimAcknowledgment277ReaderTests
{
    private static readonly string OneRejected = ResponseFiles.Authored(ResponseFiles.OneRejected277);

    [Fact]
    public void Each_claim_is_accepted_or_rejected_by_its_own_control_number()
    {
        var result = ResponseReader.Read(OneRejected);

        Assert.Equal(ResponseKind.ClaimAcknowledgment277CA, result.Kind);
        Assert.Empty(result.Problems);
        var claims = result.ClaimAcknowledgment!.Claims;
        Assert.Equal(
            [("CCM0002", ClaimAcknowledgmentVerdict.Accepted, "25037000001"), ("CCM0003", ClaimAcknowledgmentVerdict.Accepted, "25037000002"),
             ("CCM0004", ClaimAcknowledgmentVerdict.Accepted, "25037000003"), ("CCM0005", ClaimAcknowledgmentVerdict.Rejected, (string?)null)],
            claims.Select(c => (c.ClaimControlNumber, c.Verdict, c.PayerClaimNumber)));
    }

    [Fact]
    public void A_rejected_claim_carries_its_category_status_and_entity_codes()
    {
        var rejected = ResponseReader.Read(OneRejected).ClaimAcknowledgment!.Claims.Single(c => c.ClaimControlNumber == "CCM0005");

        var status = Assert.Single(rejected.Statuses);
        Assert.Equal(new ClaimStatusCode("A7", "21", "85", new DateOnly(2025, 2, 6), Money.FromDollars(15.20m)), status);
        Assert.Equal("5MN8XP9RQ27", rejected.PatientMemberId);
    }

    [Fact]
    public void A_claim_without_its_control_number_cannot_be_matched_and_blocks_the_file()
    {
        var text = ResponseFiles.Replace(OneRejected, "TRN*2*CCM0004~\n", string.Empty);

        var result = ResponseReader.Read(text);

        Assert.False(result.CanApply);
        Assert.Contains(result.Problems, p => p.Blocking && p.SegmentId == "HL" && p.Message.Contains("no TRN*2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_status_that_is_not_a_category_and_status_pair_blocks_the_file()
    {
        var text = ResponseFiles.Replace(OneRejected, "STC*A7:21:85*", "STC*A7*");

        var result = ResponseReader.Read(text);

        Assert.False(result.CanApply);
        Assert.Contains(result.Problems, p => p.Blocking && p.Element == "STC01");
    }

    [Theory]
    [InlineData("A1", ClaimAcknowledgmentVerdict.Accepted)]
    [InlineData("A2", ClaimAcknowledgmentVerdict.Accepted)]
    [InlineData("A3", ClaimAcknowledgmentVerdict.Rejected)]
    [InlineData("A6", ClaimAcknowledgmentVerdict.Rejected)]
    [InlineData("A7", ClaimAcknowledgmentVerdict.Rejected)]
    [InlineData("P1", ClaimAcknowledgmentVerdict.Undecided)]
    public void The_category_decides_the_verdict(string category, ClaimAcknowledgmentVerdict verdict) =>
        Assert.Equal(verdict, ClaimStatusCategories.Verdict([new ClaimStatusCode(category, "20", null, null, null)]));

    [Fact]
    public void A_rejection_among_several_statuses_rejects_the_claim() =>
        Assert.Equal(
            ClaimAcknowledgmentVerdict.Rejected,
            ClaimStatusCategories.Verdict([new ClaimStatusCode("A1", "19", null, null, null), new ClaimStatusCode("A7", "562", "85", null, null)]));
}
