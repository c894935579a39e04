namespace Chronicle.IntegrationTests.Fhir;

using System.Text.Json;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>A practice made straight through the model, and the CLI's import summary read back from --json.</summary>
internal static class FhirImportHelpers
{
    public const string GroupNpi = "1555555550";

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fhir", "Fixtures", name);

    public static async Task CreatePracticeAsync(TestDatabase database, string timeZone = "America/Chicago")
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        await db.Database.MigrateAsync(cancellationToken);
        db.Practices.Add(Practice.Create(new PracticeDetails(
            "Riverbend Family Medicine", Npi.Parse(GroupNpi), "123456789", Address.Empty, null, PracticeTimeZone.Parse(timeZone), "11")));
        await db.SaveChangesAsync(cancellationToken);
    }

    public static async Task<(CliResult Result, ImportSummary Summary)> ImportJsonAsync(TestDatabase database, params string[] args)
    {
        var result = await CliRunner.RunAsync(database, ["import", "fhir", .. args, "--json"]);
        Assert.True(result.Output.TrimStart().StartsWith('{'), result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        var issues = root.GetProperty("issues").EnumerateArray()
            .Select(i => new Issue(
                i.GetProperty("file").GetString()!,
                i.GetProperty("line").ValueKind == JsonValueKind.Number ? i.GetProperty("line").GetInt32() : null,
                i.GetProperty("field").GetString(),
                i.GetProperty("reason").GetString()!))
            .ToList();
        return (result, new ImportSummary(
            root.GetProperty("files").GetInt32(), root.GetProperty("read").GetInt32(), root.GetProperty("created").GetInt32(),
            root.GetProperty("updated").GetInt32(), root.GetProperty("unchanged").GetInt32(), root.GetProperty("rejected").GetInt32(),
            root.GetProperty("skipped").GetInt32(), root.GetProperty("filesNotWritten").GetInt32(), issues));
    }

    /// <summary>A fresh folder under the temp directory, deleted when disposed.</summary>
    public static TempFolder NewFolder() => new(Directory.CreateTempSubdirectory("chronicle-fhir-").FullName);
}

internal sealed record ImportSummary(int Files, int Read, int Created, int Updated, int Unchanged, int Rejected, int Skipped, int FilesNotWritten, IReadOnlyList<Issue> Issues);

internal sealed record Issue(string File, int? Line, string? Field, string Reason);

internal sealed class TempFolder(string path) : IDisposable
{
    public string Path { get; } = path;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
