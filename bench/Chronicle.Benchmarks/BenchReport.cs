namespace Chronicle.Benchmarks;

using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

/// <summary>What one run measured; <see cref="ToJson"/> is the one object 'bench --json' prints.</summary>
internal sealed record BenchReport(
    int Patients,
    string Provider,
    double GenerateSeconds,
    MonthCloseResult MonthClose,
    BenchmarkResult FhirImport,
    WorklistResult Worklist,
    TimeApiResult TimeApi,
    ClaimsExportResult ClaimsExport)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string ToJson() => new JsonObject
    {
        ["patients"] = Patients,
        ["provider"] = Provider,
        ["generateSeconds"] = Round(GenerateSeconds),
        ["monthClose"] = new JsonObject
        {
            ["seconds"] = Round(MonthClose.Seconds.TotalSeconds),
            ["floorSeconds"] = Round(MonthClose.FloorSeconds.TotalSeconds),
            ["ratio"] = Round(MonthClose.Ratio),
            ["patientMonths"] = MonthClose.PatientMonths,
            ["patientMonthsPerSecond"] = Math.Round(MonthClose.PatientMonths / MonthClose.Seconds.TotalSeconds),
        },
        ["fhirImport"] = new JsonObject
        {
            ["seconds"] = Round(FhirImport.Seconds.TotalSeconds),
            ["floorSeconds"] = Round(FhirImport.FloorSeconds.TotalSeconds),
            ["ratio"] = Round(FhirImport.Ratio),
            ["resources"] = FhirImport.Resources,
            ["resourcesPerSecond"] = Math.Round(FhirImport.Resources / FhirImport.Seconds.TotalSeconds),
        },
        ["worklist"] = new JsonObject
        {
            ["p50Ms"] = Round(Worklist.P50Ms),
            ["p95Ms"] = Round(Worklist.P95Ms),
            ["calls"] = Worklist.Calls,
            ["patientsPerList"] = Worklist.RowsPerCall,
        },
        ["timeApi"] = new JsonObject
        {
            ["requestsPerSecond"] = Round(TimeApi.RequestsPerSecond),
            ["p95Ms"] = Round(TimeApi.P95Ms),
            ["clients"] = TimeApi.Clients,
            ["requests"] = TimeApi.Requests,
        },
        ["claimsExport"] = new JsonObject
        {
            ["seconds"] = Round(ClaimsExport.Seconds.TotalSeconds),
            ["claimsPerSecond"] = Round(ClaimsExport.ClaimsPerSecond),
            ["claims"] = ClaimsExport.Claims,
        },
    }.ToJsonString(Indented);

    public string ToText() => new StringBuilder()
        .AppendLine(CultureInfo.InvariantCulture, $"Chronicle benchmark: {Patients:N0} patients on {Provider} (generated in {GenerateSeconds:0.0} s)")
        .AppendLine(CultureInfo.InvariantCulture, $"  {MonthClose}")
        .AppendLine(CultureInfo.InvariantCulture, $"  {FhirImport}")
        .AppendLine(CultureInfo.InvariantCulture, $"  {Worklist}")
        .AppendLine(CultureInfo.InvariantCulture, $"  {TimeApi}")
        .Append(CultureInfo.InvariantCulture, $"  {ClaimsExport}")
        .ToString();

    private static double Round(double value) => Math.Round(value, 3);
}
