namespace Chronicle.IntegrationTests.Billing;

using System.Text.Json.Nodes;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>
/// 'chronicle billing evaluate' over the scenario files in tests/scenarios/billing, each with its
/// expected decision in expected/, and over files that are not valid scenarios.
/// </summary>
public sealed class BillingEvaluateCliTests : IDisposable
{
    private static readonly string Scenarios = Path.Combine(AppContext.BaseDirectory, "scenarios", "billing");
    private readonly string _folder = Directory.CreateTempSubdirectory("chronicle-scenarios-").FullName;

    public static TheoryData<string> ScenarioFiles =>
        new(Directory.EnumerateFiles(Scenarios, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public async Task A_scenario_file_prints_its_expected_decision(string file)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");

        var result = await CliRunner.RunAsync(database, "billing", "evaluate", Path.Combine(Scenarios, file));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Expected(file).TrimEnd(), result.Output.TrimEnd());
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task A_folder_with_json_prints_one_decision_per_file_led_by_its_name()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");

        var result = await CliRunner.RunAsync(database, "billing", "evaluate", Scenarios, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var decisions = JsonNode.Parse(result.Output)!.AsArray();
        Assert.Equal(ScenarioFiles.Count, decisions.Count);
        foreach (var decision in decisions.Select(d => d!.AsObject()))
        {
            var file = (string)decision["file"]!;
            decision.Remove("file");
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Expected(file)), decision), file);
        }
    }

    [Fact]
    public async Task A_folder_without_json_prints_a_table_of_the_decisions()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        File.Copy(Path.Combine(Scenarios, "spec-example-billable.json"), Path.Combine(_folder, "a.json"));
        File.Copy(Path.Combine(Scenarios, "blocked-without-consent.json"), Path.Combine(_folder, "b.json"));

        var result = await CliRunner.RunAsync(database, "billing", "evaluate", _folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("a.json", result.Output, StringComparison.Ordinal);
        Assert.Contains("billable", result.Output, StringComparison.Ordinal);
        Assert.Contains("NO-CONSENT", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_scenario_is_refused_naming_the_file_the_json_path_and_the_problem()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var scenario = JsonNode.Parse(File.ReadAllText(Path.Combine(Scenarios, "spec-example-billable.json")))!.AsObject();
        scenario.Remove("program");
        scenario["timeEntries"]![1]!["minutes"] = "10";
        scenario["timeEntries"]![0]!["performer"] = "nurse";
        scenario["consent"]!["billingNPI"] = "1234567893";
        scenario["practice"]!["timeZone"] = "Central Standard Time";
        var file = Path.Combine(_folder, "bad.json");
        File.WriteAllText(file, scenario.ToJsonString());

        var result = await CliRunner.RunAsync(database, "billing", "evaluate", file, "--json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Empty(result.Output);
        Assert.Contains($"error: {file}: $.program: is required but missing.", result.Error, StringComparison.Ordinal);
        Assert.Contains($"error: {file}: $.timeEntries[1].minutes: expected a whole number from 1 to 44640, found the string \"10\".", result.Error, StringComparison.Ordinal);
        Assert.Contains($"error: {file}: $.timeEntries[0].performer: 'nurse' is not one of clinical-staff, billing-practitioner, non-clinical.", result.Error, StringComparison.Ordinal);
        Assert.Contains($"error: {file}: $.consent.billingNPI: is not a field of a billing scenario.", result.Error, StringComparison.Ordinal);
        Assert.Contains($"error: {file}: $.practice.timeZone: 'Central Standard Time' is not an IANA time zone", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"month\": \"2026-03\", ", "$: not valid JSON at line 1")]
    [InlineData("[]", "$: expected an object, found an array.")]
    [InlineData("{ \"month\": \"2027-01\" }", "$.month: Chronicle has no billing rules for 2027; it has them for 2025–2026.")]
    [InlineData("{ \"month\": \"2026-13\" }", "$.month: '2026-13' has month 13")]
    public async Task A_file_that_is_not_a_scenario_is_refused_with_its_position(string content, string expected)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var file = Path.Combine(_folder, "broken.json");
        File.WriteAllText(file, content);

        var result = await CliRunner.RunAsync(database, "billing", "evaluate", file);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"error: {file}: {expected}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_bad_file_in_a_folder_fails_the_run_but_the_others_are_still_decided()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        File.Copy(Path.Combine(Scenarios, "spec-example-billable.json"), Path.Combine(_folder, "good.json"));
        File.WriteAllText(Path.Combine(_folder, "bad.json"), "{}");

        var result = await CliRunner.RunAsync(database, "billing", "evaluate", _folder, "--json");

        Assert.True(result.ExitCode == 1, result.ToString());
        var decision = Assert.Single(JsonNode.Parse(result.Output)!.AsArray());
        Assert.Equal("good.json", (string)decision!["file"]!);
        Assert.Contains("bad.json: $.month: is required but missing.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_path_is_an_input_error_and_a_missing_argument_a_usage_error()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");

        var missing = await CliRunner.RunAsync(database, "billing", "evaluate", Path.Combine(_folder, "nothing.json"));
        var empty = await CliRunner.RunAsync(database, "billing", "evaluate", _folder);
        var usage = await CliRunner.RunAsync(database, "billing", "evaluate");

        Assert.Equal((1, 1, 2), (missing.ExitCode, empty.ExitCode, usage.ExitCode));
        Assert.Contains("no such file or folder", missing.Error, StringComparison.Ordinal);
        Assert.Contains("holds no *.json scenario files", empty.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Expected(string file) => File.ReadAllText(Path.Combine(Scenarios, "expected", file));
}
