namespace Chronicle.Interop.Tests.X12;

using Chronicle.Interop.X12;

/// <summary>Every claim file the X12 tests write — golden scenarios, hostile text, random claims — also parses with node-x12 in strict mode.</summary>
public sealed class NodeX12SecondReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chronicle-837-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Node_x12_in_strict_mode_parses_every_file_the_tests_write_and_counts_the_same_claims()
    {
        var files = new List<(string Path, Claim837Contents Contents)>();
        void Save(string name, ClaimFileInput input, bool lineBreaks)
        {
            var result = Claim837Writer.Write(input, lineBreaks);
            Assert.True(result.Succeeded, string.Join("; ", result.Problems));
            var path = Path.Combine(_folder, name + ".837");
            File.WriteAllText(path, result.Text);
            files.Add((path, result.Contents!));
        }

        foreach (var scenario in Claim837GoldenTests.Scenarios)
        {
            Save(scenario, Claim837GoldenTests.Scenario(scenario), lineBreaks: true);
        }

        Save("hostile", RandomClaimFiles.Create(7), lineBreaks: false);
        for (var seed = 1; seed <= 20; seed++)
        {
            Save($"random-{seed}", RandomClaimFiles.Create(seed * 31), lineBreaks: seed % 2 == 0);
        }

        var (exitCode, lines) = await NodeX12.CheckAsync([.. files.Select(f => f.Path)]);

        Assert.True(exitCode == 0, string.Join("\n", lines.Where(l => !l.StartsWith("OK", StringComparison.Ordinal))));
        for (var i = 0; i < files.Count; i++)
        {
            Assert.StartsWith($"OK {files[i].Path} groups=1 ", lines[i], StringComparison.Ordinal);
            Assert.EndsWith($" claims={files[i].Contents.Claims.Count}", lines[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Node_x12_rejects_a_file_whose_segment_count_is_wrong_as_our_reader_does()
    {
        var text = ClaimFileSamples.Write(ClaimFileSamples.SingleClaim()).Replace("SE*28*", "SE*27*", StringComparison.Ordinal);
        var path = Path.Combine(_folder, "bad-count.837");
        await File.WriteAllTextAsync(path, text, TestContext.Current.CancellationToken);

        var (exitCode, lines) = await NodeX12.CheckAsync([path]);

        Assert.Equal(1, exitCode);
        Assert.Contains("SE01 (27) does not match the number of segments", lines.Single(), StringComparison.Ordinal);
        Assert.Contains(Claim837Reader.Read(text).Issues, i => i.Element == "SE01");
    }
}
