using Chronicle.Benchmarks;

// dotnet run -c Release --project bench/Chronicle.Benchmarks [-- <fhir folder> [sqlite|postgres] [repeats]]
var folder = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "data", "synthea", "fhir");
var provider = args.Length > 1 ? args[1] : "sqlite";
var repeats = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;
if (!Directory.Exists(folder))
{
    await Console.Error.WriteLineAsync($"error: FHIR folder '{folder}' does not exist; pass one as the first argument.");
    return 1;
}

var result = await FhirImportBenchmark.RunAsync(folder, provider, repeats, CancellationToken.None);
Console.WriteLine(result);
return 0;
