namespace Chronicle.Interop.Tests.X12.Responses;

using Chronicle.Interop.X12.Responses;

/// <summary>The 999 reader: which group and transaction set a 999 answers, its result, and the segments and elements in error.</summary>
public sealed class Acknowledgment999ReaderTests
{
    [Fact]
    public void An_accepting_999_names_the_group_and_set_it_accepts()
    {
        var result = ResponseReader.Read(ResponseFiles.Authored(ResponseFiles.Accepted999));

        Assert.Equal(ResponseKind.ImplementationAcknowledgment999, result.Kind);
        Assert.Empty(result.Problems);
        var group = Assert.Single(result.Acknowledgment!.Groups);
        Assert.Equal(("HC", "1", AcknowledgmentResult.Accepted, 1, 1, 1), (group.FunctionalIdentifierCode, group.GroupControlNumber, group.Result, group.SetsIncluded, group.SetsReceived, group.SetsAccepted));
        var set = Assert.Single(group.Sets);
        Assert.Equal(("837", "0001", AcknowledgmentResult.Accepted), (set.TransactionSetCode, set.TransactionControlNumber, set.Result));
        Assert.Equal(new ResponseInterchange("00952", "SUBMIT001", "000000101", false), result.Interchange);
    }

    [Fact]
    public void A_rejecting_999_gives_the_segments_and_elements_in_error()
    {
        var result = ResponseReader.Read(ResponseFiles.Authored(ResponseFiles.Rejected999));

        Assert.True(result.CanApply, string.Join(" | ", result.Problems));
        var group = Assert.Single(result.Acknowledgment!.Groups);
        Assert.Equal((AcknowledgmentResult.Rejected, 0), (group.Result, group.SetsAccepted));
        var set = Assert.Single(group.Sets);
        Assert.Equal(AcknowledgmentResult.Rejected, set.Result);
        Assert.Equal(["5"], set.SyntaxErrorCodes);
        Assert.Equal(
            ["NM1 at position 13 (error 8); element 9 (error 7, value '2GF5UH6NP8')", "CLM at position 18 (error 8); element 2 (error 8)"],
            set.Errors.Select(e => e.ToString()));
        Assert.Equal(("2010BA", "67"), (set.Errors[0].LoopId, set.Errors[0].Elements[0].ElementReference));
    }

    [Fact]
    public void A_set_without_its_result_blocks_the_file()
    {
        var text = ResponseFiles.Wrap("FA", "999", "005010X231A1", "AK1*HC*1*005010X222A1", "AK2*837*0001*005010X222A1", "AK9*A*1*1*1");

        var result = ResponseReader.Read(text);

        Assert.False(result.CanApply);
        Assert.Equal("segment 5 (AK2): transaction set 0001 has no IK5 with its result, so whether it was accepted is unknown.", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void An_unknown_result_code_is_named_by_its_element()
    {
        var text = ResponseFiles.Wrap("FA", "999", "005010X231A1", "AK1*HC*1*005010X222A1", "AK2*837*0001*005010X222A1", "IK5*Q", "AK9*A*1*1*1");

        var result = ResponseReader.Read(text);

        Assert.False(result.CanApply);
        Assert.Equal("segment 6 (IK5), element IK501: 'Q' is not an acknowledgment code (A, E, R, M, W or X).", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void A_999_cut_short_is_truncated_and_cannot_be_applied()
    {
        var full = ResponseFiles.Authored(ResponseFiles.Rejected999);
        var text = full[..full.IndexOf("IK5", StringComparison.Ordinal)];

        var result = ResponseReader.Read(text);

        Assert.False(result.CanApply);
        Assert.Contains(result.Problems, p => p.Blocking && p.Message.Contains("truncated", StringComparison.Ordinal));
    }
}
