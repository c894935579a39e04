namespace Chronicle.Application.Backups;

using System.Reflection;
using Chronicle.Application.Common;
using Chronicle.Data;

/// <summary>
/// chronicle db backup --out FILE (ADR 0200): a consistent copy of the configured database while
/// it keeps serving, in one archive with its manifest.
/// </summary>
public sealed class BackupDatabase(ChronicleDbContext db, DatabaseOptions options, BackupSettings settings, TimeProvider clock)
{
    /// <summary>The file name ending of Chronicle backups.</summary>
    public const string Extension = ".chronicle-backup";

    public static string ChronicleVersion { get; } =
        typeof(BackupDatabase).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public async Task<Result<BackupResult>> ExecuteAsync(string outFile, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outFile);
        var path = Path.GetFullPath(outFile);
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var copy = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.copy");
        try
        {
            var engine = BackupEngines.Create(db, options, settings);
            var census = await engine.CopyAsync(copy, cancellationToken);
            var manifest = new BackupManifest(
                BackupManifest.CurrentFormat, ChronicleVersion, engine.Kind, census.Migration, clock.GetUtcNow(), census.Counts, census.AuditSequence, census.AuditHash)
            {
                CopySha256 = await BackupArchive.Sha256Async(copy, cancellationToken),
            };
            await BackupArchive.WriteAsync(path, manifest, copy, cancellationToken);
            return new BackupResult(path, manifest, new FileInfo(path).Length);
        }
        catch (BackupException ex)
        {
            return new BusinessError(ex.Code, ex.Message);
        }
        finally
        {
            File.Delete(copy);
        }
    }
}

/// <param name="File">The full path of the backup written.</param>
/// <param name="Bytes">Its size.</param>
public sealed record BackupResult(string File, BackupManifest Manifest, long Bytes);
