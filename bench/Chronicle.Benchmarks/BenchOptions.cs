namespace Chronicle.Benchmarks;

using System.Globalization;

/// <param name="FhirFolder">FHIR bundles to import; the Synthea sample beside the repository by default.</param>
/// <param name="WorklistCalls">How many worklist calls the percentiles are taken over.</param>
/// <param name="ApiRequests">Time entries posted through the JSON API, shared among <see cref="ApiClients"/>.</param>
public sealed record BenchOptions(
    int Patients = 10_000,
    string Provider = "sqlite",
    bool Json = false,
    string? FhirFolder = null,
    int WorklistCalls = 200,
    int ApiClients = 50,
    int ApiRequests = 2_000,
    int Seed = 2026)
{
    public const string Usage =
        "usage: bench [--patients N] [--provider sqlite|postgres] [--json] [--fhir FOLDER] [--worklist-calls N] [--api-requests N] [--seed S]";

    /// <returns>The options, or the reason the command line is wrong.</returns>
    public static (BenchOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value.");
            int Number(string name)
            {
                var text = Next();
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                    ? n
                    : throw new FormatException($"{name} must be a positive whole number; it is '{text}'.");
            }

            try
            {
                options = args[i] switch
                {
                    "--patients" => options with { Patients = Number("--patients") },
                    "--provider" => options with { Provider = Next() },
                    "--json" => options with { Json = true },
                    "--fhir" => options with { FhirFolder = Next() },
                    "--worklist-calls" => options with { WorklistCalls = Number("--worklist-calls") },
                    "--api-requests" => options with { ApiRequests = Number("--api-requests") },
                    "--seed" => options with { Seed = Number("--seed") },
                    _ => throw new FormatException($"unknown option '{args[i]}'."),
                };
            }
            catch (FormatException ex)
            {
                return (null, ex.Message);
            }
        }

        return options.Provider is "sqlite" or "postgres"
            ? (options, null)
            : (null, $"--provider must be sqlite or postgres; it is '{options.Provider}'.");
    }
}
