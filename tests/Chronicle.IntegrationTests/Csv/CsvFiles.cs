namespace Chronicle.IntegrationTests.Csv;

using System.Text;
using System.Text.Json;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>
/// The committed fixtures (Csv/Fixtures: one small practice, Lakeside Internal Medicine) and a
/// scratch folder for files a test writes, deleted afterwards.
/// </summary>
internal sealed class CsvFiles : IDisposable
{
    public const string PracticeNpi = "1847362914";

    public static readonly string[] Kinds = ["practice", "staff", "patients", "conditions", "visits"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"chronicle-csv-{Guid.NewGuid():N}");

    public CsvFiles() => Directory.CreateDirectory(_folder);

    public static string Fixture(string kind) => Path.Combine(AppContext.BaseDirectory, "Csv", "Fixtures", $"{kind}.csv");

    public static string FixtureText(string kind) => File.ReadAllText(Fixture(kind));

    /// <summary>Writes a file as UTF-8 (optionally with a BOM and CRLF line ends) and returns its path.</summary>
    public string Write(string name, string text, bool byteOrderMark = false, bool crlf = false)
    {
        var path = Path.Combine(_folder, name);
        var content = crlf ? text.ReplaceLineEndings("\r\n") : text;
        File.WriteAllText(path, content, new UTF8Encoding(byteOrderMark));
        return path;
    }

    public static Task<CliResult> ImportAsync(TestDatabase database, string kind, string path, params string[] options) =>
        CliRunner.RunAsync(database, ["import", "csv", kind, path, .. options]);

    /// <summary>Imports the fixtures of the given kinds in order, each expected to succeed.</summary>
    public static async Task<List<JsonElement>> ImportFixturesAsync(TestDatabase database, params string[] kinds)
    {
        var reports = new List<JsonElement>();
        foreach (var kind in kinds.Length == 0 ? Kinds : kinds)
        {
            var result = await ImportAsync(database, kind, Fixture(kind), "--json");
            Assert.True(result.ExitCode == 0, $"{kind}: {result}");
            reports.Add(Json(result));
        }

        return reports;
    }

    public static JsonElement Json(CliResult result) => JsonDocument.Parse(result.Output).RootElement.Clone();

    public static int Count(JsonElement report, string name) => report.GetProperty(name).GetInt32();

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
