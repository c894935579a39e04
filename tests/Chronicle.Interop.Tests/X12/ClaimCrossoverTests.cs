namespace Chronicle.Interop.Tests.X12;

using Chronicle.Interop.Tests.X12.Institutional;
using Chronicle.Interop.X12;

/// <summary>
/// A claim to Original Medicare with a Medigap secondary carries it in loops 2320 (SBR*S, OI),
/// 2330A (NM1*IL) and 2330B (NM1*PR with the COBA id) before its lines, in the 837P and the 837I;
/// the strict readers check those loops and node-x12 parses the files.
/// </summary>
public sealed class ClaimCrossoverTests : IDisposable
{
    private static readonly ClaimOtherPayer Medigap = new("Doe", "Jane", "PG-77", "Prairie Medigap Plan G", "55123");

    private readonly string _folder = Directory.CreateTempSubdirectory("chronicle-crossover-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Professional() =>
        Claim837Writer.Write(ClaimFileSamples.File(ClaimFileSamples.CcmClaim() with { OtherPayer = Medigap }), lineBreakAfterSegments: true).Text!;

    private static string Institutional() =>
        InstitutionalClaimSamples.Write(InstitutionalClaimSamples.File(InstitutionalClaimSamples.Claim() with { OtherPayer = Medigap }));

    [Fact]
    public void The_837P_carries_the_medigap_in_2320_2330A_2330B_between_the_rendering_provider_and_the_first_line()
    {
        var segments = Professional().Split("~\n", StringSplitOptions.RemoveEmptyEntries);

        var rendering = Array.FindIndex(segments, s => s.StartsWith("NM1*82*", StringComparison.Ordinal));
        Assert.Equal(
            ["SBR*S*18*******CI", "OI***Y***Y", "NM1*IL*1*DOE*JANE****MI*PG-77", "NM1*PR*2*PRAIRIE MEDIGAP PLAN G*****PI*55123", "LX*1"],
            segments[(rendering + 2)..(rendering + 7)]);
        var read = Assert.Single(Claim837Reader.Read(Professional()).Contents.Claims);
        Assert.Equal(new ReadOtherPayer("S", "18", "CI", "PG-77", "PRAIRIE MEDIGAP PLAN G", "55123"), Assert.Single(read.OtherPayers));
        Assert.Equal("00952", read.PayerId);
    }

    [Fact]
    public void The_837I_carries_the_same_loops_after_the_attending_provider()
    {
        var text = Institutional();
        var segments = text.Split("~\n", StringSplitOptions.RemoveEmptyEntries);

        var attending = Array.FindIndex(segments, s => s.StartsWith("NM1*71*", StringComparison.Ordinal));
        Assert.Equal(["SBR*S*18*******CI", "OI***Y***Y", "NM1*IL*1*DOE*JANE****MI*PG-77", "NM1*PR*2*PRAIRIE MEDIGAP PLAN G*****PI*55123", "LX*1"], segments[(attending + 2)..(attending + 7)]);
        var read = Assert.Single(Claim837IReader.Read(text).Contents.Claims);
        Assert.Equal("55123", Assert.Single(read.OtherPayers).PayerId);
    }

    [Fact]
    public void A_claim_without_a_crossover_writes_no_2320()
    {
        var text = Claim837Writer.Write(ClaimFileSamples.SingleClaim()).Text!;

        Assert.DoesNotContain("SBR*S", text, StringComparison.Ordinal);
        Assert.Empty(Assert.Single(Claim837Reader.Read(text).Contents.Claims).OtherPayers);
    }

    [Fact]
    public void The_readers_refuse_a_2330B_without_the_payer_id()
    {
        var professional = Professional().Replace("*PI*55123~", "*PI~", StringComparison.Ordinal);
        var institutional = Institutional().Replace("*PI*55123~", "*PI~", StringComparison.Ordinal);

        foreach (var issues in new[] { Claim837Reader.Read(professional).Issues, Claim837IReader.Read(institutional).Issues })
        {
            var issue = Assert.Single(issues);
            Assert.Equal(("NM1", "NM109"), (issue.SegmentId, issue.Element));
        }
    }

    [Fact]
    public void The_reader_refuses_other_payer_loops_out_of_order_or_incomplete()
    {
        var text = Professional();
        var payerFirst = text.Replace("NM1*IL*1*DOE*JANE****MI*PG-77~\nNM1*PR*2*PRAIRIE MEDIGAP PLAN G*****PI*55123~", "NM1*PR*2*PRAIRIE MEDIGAP PLAN G*****PI*55123~\nNM1*IL*1*DOE*JANE****MI*PG-77~", StringComparison.Ordinal);
        var withoutSbr = text.Replace("SBR*S*18*******CI~\nOI***Y***Y~\n", string.Empty, StringComparison.Ordinal);
        var withoutOi = text.Replace("OI***Y***Y~\n", string.Empty, StringComparison.Ordinal);
        var noRelationship = text.Replace("SBR*S*18*", "SBR*S**", StringComparison.Ordinal);

        // A removed segment also breaks SE01's count; the loop-order issue is the one that matters here.
        Assert.Contains(Claim837Reader.Read(payerFirst).Issues, i => i.Message.Contains("expected NM1*IL (other subscriber name, loop 2330A)", StringComparison.Ordinal));
        Assert.Contains(Claim837Reader.Read(withoutSbr).Issues, i => i.Message.Contains("expected LX (service line number, loop 2400) here, found NM1*IL", StringComparison.Ordinal));
        Assert.Contains(Claim837Reader.Read(withoutOi).Issues, i => i.Message.Contains("expected OI (other insurance coverage information, loop 2320)", StringComparison.Ordinal));
        Assert.Equal("SBR02", Assert.Single(Claim837Reader.Read(noRelationship).Issues).Element);
    }

    [Fact]
    public void An_other_payer_without_a_member_id_is_refused_before_writing()
    {
        var result = Claim837Writer.Write(ClaimFileSamples.File(ClaimFileSamples.CcmClaim() with { OtherPayer = Medigap with { MemberId = " " } }));

        Assert.Null(result.Text);
        Assert.Contains(result.Problems, p => p.ToString().Contains("other subscriber member id", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Node_x12_in_strict_mode_parses_the_crossover_claims()
    {
        var professional = Path.Combine(_folder, "crossover.837p");
        var institutional = Path.Combine(_folder, "crossover.837i");
        await File.WriteAllTextAsync(professional, Professional(), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(institutional, Institutional(), TestContext.Current.CancellationToken);

        var (exitCode, lines) = await NodeX12.CheckAsync([professional, institutional]);

        Assert.True(exitCode == 0, string.Join("\n", lines));
        Assert.All(lines, line => Assert.EndsWith(" claims=1", line, StringComparison.Ordinal));
    }
}
