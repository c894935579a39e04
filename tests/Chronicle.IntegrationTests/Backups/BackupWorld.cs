namespace Chronicle.IntegrationTests.Backups;

using System.IO.Compression;
using Chronicle.Application.Backups;
using Chronicle.Cli;
using Chronicle.Data;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>What the backup tests share: the CLI with extra settings, a census of a test database, a scratch folder.</summary>
internal sealed class BackupWorld : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("chronicle-backups-").FullName;

    public string File(string name) => Path.Combine(Folder, name);

    /// <summary>The CLI on <paramref name="database"/>, its backups in this world's folder, signing with <paramref name="auditKeyFrom"/>'s key.</summary>
    public async Task<CliResult> RunAsync(TestDatabase database, TestDatabase? auditKeyFrom, params string[] args)
    {
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["Backups:Folder"] = Folder,
        };
        if (auditKeyFrom is not null)
        {
            settings["Audit:KeyFile"] = auditKeyFrom.AuditKeyFile;
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ChronicleCli.RunAsync(args, new CliConsole(output, error, outputRedirected: true), settings);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    public Task<CliResult> RunAsync(TestDatabase database, params string[] args) => RunAsync(database, null, args);

    /// <summary>Every table's rows and the newest migration: two equal censuses mean nothing was written.</summary>
    public static async Task<string> CensusAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        var census = await DatabaseCensus.TakeAsync(db.Database.GetDbConnection(), null, database.Options.ParsedProvider, TestContext.Current.CancellationToken);
        return $"{census.Migration} | {string.Join(", ", census.Counts.Select(c => $"{c.Key}={c.Value}"))}";
    }

    public static BackupManifest ReadManifest(string backup)
    {
        using var zip = ZipFile.OpenRead(backup);
        using var reader = new StreamReader(zip.GetEntry(BackupArchive.ManifestEntry)!.Open());
        return BackupManifest.FromJson(reader.ReadToEnd())!;
    }

    /// <summary>A copy of the backup whose manifest says it was made at a schema migration this version does not have.</summary>
    public static void WriteFromNewerSchema(string backup, string copy)
    {
        System.IO.File.Copy(backup, copy, overwrite: true);
        using var zip = ZipFile.Open(copy, ZipArchiveMode.Update);
        var manifest = ReadManifestFrom(zip) with { Migration = "29991231235959_FromTheFuture", ChronicleVersion = "99.0.0" };
        zip.GetEntry(BackupArchive.ManifestEntry)!.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(BackupArchive.ManifestEntry).Open());
        writer.Write(manifest.ToJson());
    }

    public static async Task<int> TimeEntryCountAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.TimeEntries.CountAsync(TestContext.Current.CancellationToken);
    }

    public static DatabaseProvider Provider(TestDatabase database) => database.Options.ParsedProvider;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static BackupManifest ReadManifestFrom(ZipArchive zip)
    {
        using var reader = new StreamReader(zip.GetEntry(BackupArchive.ManifestEntry)!.Open());
        return BackupManifest.FromJson(reader.ReadToEnd())!;
    }
}
