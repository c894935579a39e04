namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;

/// <summary>Options and output helpers that many commands share, spelled the same everywhere.</summary>
internal static class CommonOptions
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static Option<bool> JsonOption() => new("--json") { Description = "Print the result as JSON on standard output." };

    public static Option<string?> PracticeOption() => new("--practice") { Description = "The practice's group NPI, when the database holds more than one." };
}
