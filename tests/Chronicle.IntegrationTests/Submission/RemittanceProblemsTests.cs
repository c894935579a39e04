namespace Chronicle.IntegrationTests.Submission;

using System.Text.Json;
using Chronicle.IntegrationTests.Claims;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Submission through a plain folder, a failed delivery retried, and the files that must not be
/// applied (issue 16): an 835 that does not balance, a truncated file and a 999 for an interchange
/// never sent each say why and change no claim; an 835 naming an unknown claim lists it and posts the rest.
/// </summary>
public sealed class RemittanceProblemsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_files_change_nothing_they_should_not_and_say_why(string provider)
    {
        await using var world = await SubmitWorld.CreateAsync(provider);
        var folder = world.Claims.Files.Write("not-a-folder", "a file where the upload folder would go");
        var root = Path.GetDirectoryName(folder)!;
        var settings = new Dictionary<string, string?>
        {
            ["Clearinghouse:Transport"] = "folder",
            ["Clearinghouse:UploadFolder"] = Path.Combine(root, "out"),
            ["Clearinghouse:DownloadFolder"] = Path.Combine(root, "in"),
        };

        // An upload folder that cannot be made (a file is in the way): nothing sent, claims stay approved, error recorded; then retried.
        var blocked = new Dictionary<string, string?>(settings) { ["Clearinghouse:UploadFolder"] = Path.Combine(folder, "out") };
        var failed = await world.RunAsync(blocked, "claims", "submit", "--month", ClaimsWorld.Month);
        Assert.True(failed.ExitCode == 1 && failed.Error.Contains("SUBMIT-FAILED", StringComparison.Ordinal), failed.ToString());
        Assert.All((await world.ListAsync()).Values, c => Assert.Equal("approved", c.GetProperty("status").GetString()));
        var unset = await world.RunAsync(new Dictionary<string, string?>(), "claims", "submit", "--month", ClaimsWorld.Month);
        Assert.True(unset.ExitCode == 1 && unset.Error.Contains("Clearinghouse:Transport", StringComparison.Ordinal), unset.ToString());
        var submitted = await world.RunAsync(settings, "claims", "submit", "--month", ClaimsWorld.Month);
        Assert.True(submitted.ExitCode == 0, submitted.ToString());
        var (control, sent) = SubmitWorld.Read(Assert.Single(Directory.GetFiles(Path.Combine(root, "out"))));
        var before = await world.ListAsync();
        var number = before.ToDictionary(c => c.Key, c => c.Value.GetProperty("claimNumber").GetString()!);
        var lines = sent.ToDictionary(c => c.ClaimId, c => c.Lines);

        var good = ResponseFiles.Remit835([new PaidClaim(number["CL2001"], "1", "P1", [.. lines[number["CL2001"]].Select(ResponseFiles.Paid)])]);
        var unbalanced = world.Claims.Files.Write("unbalanced.835", ResponseFiles.Remit835([new PaidClaim(number["CL2001"], "1", "P1", [.. lines[number["CL2001"]].Select(ResponseFiles.Paid)])], bprOffset: 10m));
        var truncated = world.Claims.Files.Write("truncated.835", good[..(good.Length / 2)]);
        var stranger = world.Claims.Files.Write("stranger.999", ResponseFiles.Ack999(control + 1000, ["0001"], 'R'));

        var results = new List<(string File, CliResult Result)>();
        foreach (var file in new[] { unbalanced, truncated, stranger })
        {
            results.Add((file, await world.Claims.RunAsync("remit", "import", file)));
        }

        Assert.True(results[0].Result.ExitCode == 1 && results[0].Result.Output.Contains("NOT applied", StringComparison.Ordinal) && results[0].Result.Output.Contains("BPR02", StringComparison.Ordinal), results[0].Result.ToString());
        Assert.True(results[1].Result.ExitCode == 1 && results[1].Result.Output.Contains("truncated", StringComparison.Ordinal), results[1].Result.ToString());
        Assert.True(results[2].Result.ExitCode == 1 && results[2].Result.Output.Contains("not a claim file", StringComparison.Ordinal), results[2].Result.ToString());
        Assert.Equal(Snapshot(before), Snapshot(await world.ListAsync()));

        // An 835 naming a claim Chronicle never sent: listed, and the known claim is posted.
        var unknown = world.Claims.Files.Write("unknown.835", ResponseFiles.Remit835(
        [
            new PaidClaim(number["CL2001"], "1", "P1", [.. lines[number["CL2001"]].Select(ResponseFiles.Paid)]),
            new PaidClaim("CNOTOURS000000000001", "1", "P9", [.. lines[number["CL2002"]].Select(ResponseFiles.Paid)]),
        ]));
        var posted = await world.Claims.RunAsync("remit", "import", unknown);
        var again = await world.Claims.RunAsync("remit", "import", unknown);
        Assert.True(posted.ExitCode == 0 && posted.Output.Contains("Unknown claim CNOTOURS000000000001", StringComparison.Ordinal), posted.ToString());
        Assert.True(again.ExitCode == 0 && again.Output.Contains("already received", StringComparison.Ordinal), again.ToString());
        var after = await world.ListAsync();
        Assert.Equal("paid", after["CL2001"].GetProperty("status").GetString());
        Assert.Equal("submitted", after["CL2002"].GetProperty("status").GetString());

        await using var db = world.Claims.Database.NewContext();
        var files = await db.ResponseFiles.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(4, files.Count);
        Assert.Equal(1, files.Count(f => f.Applied));
        Assert.All(files, f => Assert.False(string.IsNullOrEmpty(f.Content)));
        Assert.Single(await db.ClaimSubmissions.AsNoTracking().Where(s => s.Error != null).ToListAsync(TestContext.Current.CancellationToken));
    }

    private static string Snapshot(Dictionary<string, JsonElement> claims) =>
        string.Join('\n', claims.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Value.GetRawText()));
}
