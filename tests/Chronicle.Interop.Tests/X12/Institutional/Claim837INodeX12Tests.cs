namespace Chronicle.Interop.Tests.X12.Institutional;

using Chronicle.Interop.X12;

/// <summary>The 837I files the writer makes also parse with node-x12 in strict mode, a reader written by others.</summary>
public sealed class Claim837INodeX12Tests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chronicle-837i-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Node_x12_in_strict_mode_parses_the_rhc_fqhc_cah_and_corrected_claims_and_counts_the_same_claims()
    {
        InstitutionalClaimFileInput[] inputs =
        [
            InstitutionalClaimSamples.File(InstitutionalClaimSamples.Claim()),
            InstitutionalClaimSamples.File(
                InstitutionalClaimSamples.Claim("77", id: "FQHC1"),
                InstitutionalClaimSamples.Claim("77", frequency: ClaimFrequency.Replacement, originalReference: "22026031000123", id: "FQHC2", patient: ClaimFileSamples.Rivera)),
            InstitutionalClaimSamples.File(InstitutionalClaimSamples.Claim("85", "0960", ClaimFrequency.Void, "22026031000456", "CAH1")),
        ];
        var files = new List<(string Path, int Claims)>();
        for (var i = 0; i < inputs.Length; i++)
        {
            var path = Path.Combine(_folder, $"claims-{i}.837i");
            await File.WriteAllTextAsync(path, InstitutionalClaimSamples.Write(inputs[i], lineBreaks: i % 2 == 0), TestContext.Current.CancellationToken);
            files.Add((path, inputs[i].Batches.Sum(b => b.Claims.Count)));
        }

        var (exitCode, lines) = await NodeX12.CheckAsync([.. files.Select(f => f.Path)]);

        Assert.True(exitCode == 0, string.Join("\n", lines));
        for (var i = 0; i < files.Count; i++)
        {
            Assert.StartsWith($"OK {files[i].Path} groups=1 transactions=1 ", lines[i], StringComparison.Ordinal);
            Assert.EndsWith($" claims={files[i].Claims}", lines[i], StringComparison.Ordinal);
        }
    }
}
