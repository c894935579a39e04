namespace Chronicle.Interop.Tests.X12;

using Chronicle.Interop.X12;

/// <summary>
/// The writer's output, byte for byte, against files we wrote and checked by hand (and that
/// node-x12 parses). Set CHRONICLE_UPDATE_GOLDEN=1 to rewrite them after a deliberate change.
/// </summary>
public sealed class Claim837GoldenTests
{
    public static TheoryData<string> Scenarios => ["single-claim", "corrections"];

    internal static ClaimFileInput Scenario(string name) => name switch
    {
        "single-claim" => ClaimFileSamples.SingleClaim(),
        "corrections" => ClaimFileSamples.Corrections(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such scenario."),
    };

    internal static string FixturePath(string name) =>
        Path.Combine(TestPaths.RepoRoot, "tests", "Chronicle.Interop.Tests", "X12", "Fixtures", name + ".837");

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_written_file_matches_its_golden_file(string scenario)
    {
        var text = ClaimFileSamples.Write(Scenario(scenario), lineBreaks: true);
        var path = FixturePath(scenario);
        if (Environment.GetEnvironmentVariable("CHRONICLE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, text);
        }

        Assert.Equal(File.ReadAllText(path), text);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Without_line_breaks_the_file_is_the_golden_file_on_one_line(string scenario)
    {
        var text = ClaimFileSamples.Write(Scenario(scenario));

        Assert.Equal(File.ReadAllText(FixturePath(scenario)).Replace("\n", string.Empty, StringComparison.Ordinal), text);
        Assert.DoesNotContain('\n', text);
    }
}
