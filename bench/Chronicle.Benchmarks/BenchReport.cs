namespace Chronicle.Benchmarks;

using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

/// <summary>What one run measured; <see cref="ToJson"/> is the one object 'bench --json' prints. <paramref name="PeakBytes"/>: the whole run's peak resident memory.</summary>
internal sealed record BenchReport(
    int Patients,
    string Provider,
    double GenerateSeconds,
    MonthCloseResult MonthClose,
    BenchmarkResult FhirImport,
    WorklistResult Worklist,
    TimeApiResult TimeApi,
    ClaimsExportResult ClaimsExport,
    long PeakBytes)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string ToJson() => new JsonObject
    {
        ["patients"] = Patients,
        ["provider"] = Provider,
        ["generateSeconds"] = Round(GenerateSeconds),
        ["peakMemoryMb"] = Math.Round(PeakBytes / 1_048_576.0),
        ["monthClose"] = MonthClose.Measure.AddTo(new JsonObject
        {
            ["patientMonths"] = MonthClose.PatientMonths,
            ["patientMonthsPerSecond"] = Math.Round(MonthClose.PatientMonths / MonthClose.Measure.Seconds.TotalSeconds),
            ["microsecondsPerPatientMonth"] = Round(MonthClose.Measure.Seconds.TotalMilliseconds * 1000 / Math.Max(1, MonthClose.PatientMonths)),
            ["floorInputRows"] = MonthClose.InputRows,
            ["timeSumSeconds"] = Round(MonthClose.TimeSum.TotalSeconds),
            ["timeSumRatio"] = Round(MonthClose.TimeSumRatio),
        }),
        ["fhirImport"] = FhirImport.Measure.AddTo(new JsonObject
        {
            ["resources"] = FhirImport.Resources,
            ["resourcesPerSecond"] = Math.Round(FhirImport.Resources / FhirImport.Seconds.TotalSeconds),
        }),
        ["worklist"] = new JsonObject
        {
            ["p50Ms"] = Round(Worklist.P50Ms),
            ["p95Ms"] = Round(Worklist.P95Ms),
            ["calls"] = Worklist.Calls,
            ["patientsPerList"] = Worklist.RowsPerCall,
            ["peakMemoryMb"] = Math.Round(Worklist.PeakBytes / 1_048_576.0),
        },
        ["timeApi"] = TimeApi.Measure.AddTo(new JsonObject
        {
            ["requestsPerSecond"] = Round(TimeApi.RequestsPerSecond),
            ["p50Ms"] = Round(TimeApi.P50Ms),
            ["p95Ms"] = Round(TimeApi.P95Ms),
            ["floorRequestsPerSecond"] = Round(TimeApi.FloorRequestsPerSecond),
            ["floorP95Ms"] = Round(TimeApi.FloorP95Ms),
            ["clients"] = TimeApi.Clients,
            ["requests"] = TimeApi.Requests,
        }),
        ["claimsExport"] = ClaimsExport.Measure.AddTo(new JsonObject
        {
            ["claimsPerSecond"] = Round(ClaimsExport.ClaimsPerSecond),
            ["claims"] = ClaimsExport.Claims,
            ["characters"] = ClaimsExport.Characters,
        }),
    }.ToJsonString(Indented);

    public string ToText() => new StringBuilder()
        .AppendLine(CultureInfo.InvariantCulture, $"Chronicle benchmark: {Patients:N0} patients on {Provider} (generated in {GenerateSeconds:0.0} s; peak memory of the run {PeakBytes / 1_048_576.0:N0} MB)")
        .AppendLine(CultureInfo.InvariantCulture, $"  {MonthClose}")
        .AppendLine(CultureInfo.InvariantCulture, $"  {FhirImport}")
        .AppendLine(CultureInfo.InvariantCulture, $"  {Worklist}")
        .AppendLine(CultureInfo.InvariantCulture, $"  {TimeApi}")
        .Append(CultureInfo.InvariantCulture, $"  {ClaimsExport}")
        .ToString();

    private static double Round(double value) => Math.Round(value, 3);
}
