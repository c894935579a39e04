namespace Chronicle.Interop.Tests.X12.Responses;

using Chronicle.Interop.X12.Responses;

/// <summary>Broken input: the reader reports problems and never throws; a file cut anywhere before its end is never applicable.</summary>
public sealed class ResponseReaderFuzzTests
{
    [Theory]
    [InlineData(ResponseFiles.Paid835)]
    [InlineData(ResponseFiles.Rejected999)]
    [InlineData(ResponseFiles.OneRejected277)]
    public void A_file_cut_at_any_point_before_its_end_is_never_applied(string name)
    {
        var text = ResponseFiles.Authored(name);
        var end = text.LastIndexOf('~') + 1;

        for (var length = 0; length < end; length++)
        {
            var result = ResponseReader.Read(text[..length]);
            Assert.False(result.CanApply, $"cut at {length}");
            Assert.NotEmpty(result.Problems);
        }

        Assert.True(ResponseReader.Read(text[..end]).CanApply);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    public void Random_changes_to_a_remittance_never_throw(int seed)
    {
        var random = new Random(seed);
        var text = ResponseFiles.Authored(ResponseFiles.Paid835);
        const string Alphabet = "*~:^>|0123456789.-ACLPSV \n";
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var chars = text.ToCharArray();
            for (var change = 0; change < 1 + (attempt % 5); change++)
            {
                chars[random.Next(chars.Length)] = Alphabet[random.Next(Alphabet.Length)];
            }

            var result = ResponseReader.Read(new string(chars));
            Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("not an x12 file at all")]
    [InlineData("ISA*00*")]
    public void Text_that_is_not_x12_is_unrecognised_with_a_problem(string text)
    {
        var result = ResponseReader.Read(text);

        Assert.Equal(ResponseKind.Unrecognised, result.Kind);
        Assert.Contains(result.Problems, p => p.Blocking);
    }

    [Fact]
    public void A_group_without_its_trailer_blocks_the_file_and_stray_segments_are_only_reported()
    {
        var text = ResponseFiles.Replace(ResponseFiles.Authored(ResponseFiles.Accepted999), "GE*1*101~\n", "XYZ*1~\n");

        var result = ResponseReader.Read(text);

        Assert.False(result.CanApply);
        Assert.Equal(
            ["segment 9 (XYZ): XYZ lies between transaction sets; ignored.", "segment 10 (IEA): the functional group opened at segment 2 has no GE trailer before this IEA; its content may be incomplete."],
            result.Problems.Select(p => p.ToString()));
        Assert.Equal([false, true], result.Problems.Select(p => p.Blocking));
    }
}
