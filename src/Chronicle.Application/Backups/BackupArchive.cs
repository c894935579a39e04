namespace Chronicle.Application.Backups;

using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

/// <summary>
/// The backup file: a zip archive with <c>manifest.json</c> and the database copy
/// (<c>database.sqlite</c>, or <c>database.pgdump</c> in pg_dump's custom format). One file to keep,
/// and the zip's central directory and the manifest's SHA-256 of the copy make a truncated or damaged file fail to
/// read instead of restoring half a database.
/// </summary>
internal static class BackupArchive
{
    public const string ManifestEntry = "manifest.json";

    public static string DatabaseEntry(string databaseKind) => databaseKind == "postgres" ? "database.pgdump" : "database.sqlite";

    /// <summary>
    /// Writes the archive beside <paramref name="path"/> and moves it into place only when complete,
    /// so a backup that fails half-way never leaves a file under the name asked for.
    /// </summary>
    public static async Task WriteAsync(string path, BackupManifest manifest, string databaseCopy, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var partial = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.partial");
        try
        {
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            await using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
            {
                var manifestEntry = zip.CreateEntry(ManifestEntry, CompressionLevel.Optimal);
                await using (var writer = new StreamWriter(await manifestEntry.OpenAsync(cancellationToken), new UTF8Encoding(false)))
                {
                    await writer.WriteAsync(manifest.ToJson());
                }

                // pg_dump's custom format is compressed already; a SQLite file compresses well.
                var level = manifest.DatabaseKind == "postgres" ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
                var databaseEntry = zip.CreateEntry(DatabaseEntry(manifest.DatabaseKind), level);
                await using var target = await databaseEntry.OpenAsync(cancellationToken);
                await using var source = File.OpenRead(databaseCopy);
                await source.CopyToAsync(target, cancellationToken);
            }

            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public static async Task<string> Sha256Async(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    /// <summary>
    /// Reads the manifest and extracts the database copy to <paramref name="extractTo"/>, checking
    /// every byte against the manifest's SHA-256.
    /// </summary>
    /// <returns>The manifest, or why the file is not a complete Chronicle backup.</returns>
    public static async Task<(BackupManifest? Manifest, string? Problem)> ReadAsync(string path, string extractTo, CancellationToken cancellationToken)
    {
        try
        {
            await using var file = File.OpenRead(path);
            await using var zip = new ZipArchive(file, ZipArchiveMode.Read);
            if (zip.GetEntry(ManifestEntry) is not { } manifestEntry)
            {
                return (null, "it has no manifest.json");
            }

            string text;
            using (var reader = new StreamReader(await manifestEntry.OpenAsync(cancellationToken), Encoding.UTF8))
            {
                text = await reader.ReadToEndAsync(cancellationToken);
            }

            if (BackupManifest.FromJson(text) is not { } manifest)
            {
                return (null, $"its manifest is not a {BackupManifest.CurrentFormat} manifest");
            }

            if (zip.GetEntry(DatabaseEntry(manifest.DatabaseKind)) is not { } databaseEntry)
            {
                return (null, $"it has no {DatabaseEntry(manifest.DatabaseKind)}");
            }

            await using (var source = await databaseEntry.OpenAsync(cancellationToken))
            await using (var target = File.Create(extractTo))
            {
                await source.CopyToAsync(target, cancellationToken);
            }

            return await Sha256Async(extractTo, cancellationToken) == manifest.CopySha256
                ? (manifest, null)
                : (null, $"its {DatabaseEntry(manifest.DatabaseKind)} is not the copy its manifest describes (the SHA-256 differs)");
        }
        catch (InvalidDataException ex)
        {
            return (null, $"the archive is damaged or cut short ({ex.Message.TrimEnd('.')})");
        }
    }
}
