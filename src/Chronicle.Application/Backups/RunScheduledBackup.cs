namespace Chronicle.Application.Backups;

using System.Data.Common;
using System.Globalization;
using Chronicle.Data;

/// <summary>
/// One scheduled backup from the web host (ADR 0202): a backup named by its UTC time into the
/// backup folder, the oldest scheduled ones beyond <see cref="BackupSettings.Keep"/> deleted
/// afterwards, and the outcome recorded for the admin page. Backups taken before migrations are
/// named differently and never pruned here.
/// </summary>
public sealed class RunScheduledBackup(BackupDatabase backups, DatabaseOptions options, BackupSettings settings, TimeProvider clock)
{
    /// <summary>Scheduled backups are chronicle-yyyyMMddTHHmmssZ.chronicle-backup.</summary>
    public const string Pattern = "chronicle-2*" + BackupDatabase.Extension;

    public string Folder => settings.ResolveFolder(options);

    public Task<BackupStatus> StatusAsync(CancellationToken cancellationToken) => BackupStatusFile.ReadAsync(Folder, cancellationToken);

    public async Task<BackupStatus> ExecuteAsync(CancellationToken cancellationToken)
    {
        var folder = Folder;
        var now = clock.GetUtcNow();
        var status = await BackupStatusFile.ReadAsync(folder, cancellationToken);
        var file = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"chronicle-{now:yyyyMMdd'T'HHmmss'Z'}{BackupDatabase.Extension}"));
        string? error;
        try
        {
            var result = await backups.ExecuteAsync(file, cancellationToken);
            if (result.Value is { } done)
            {
                status = status with { LastSuccess = new BackupAttempt(now, done.File, done.Bytes, null) };
                Prune(folder, settings.Keep);
                await BackupStatusFile.WriteAsync(folder, status, cancellationToken);
                return status;
            }

            error = result.Error!.Message;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DbException)
        {
            error = ex.Message;
        }

        status = status with { LastFailure = new BackupAttempt(now, null, null, error.Split('\n')[0].Trim()) };
        await BackupStatusFile.WriteAsync(folder, status, cancellationToken);
        return status;
    }

    /// <summary>The backups in the folder, newest first: scheduled and pre-migration ones.</summary>
    public IReadOnlyList<FileInfo> List()
    {
        var folder = new DirectoryInfo(Folder);
        return folder.Exists
            ? folder.GetFiles("chronicle-*" + BackupDatabase.Extension).OrderByDescending(f => f.LastWriteTimeUtc).ToList()
            : [];
    }

    private static void Prune(string folder, int keep)
    {
        var scheduled = Directory.GetFiles(folder, Pattern).Order(StringComparer.Ordinal).ToList();
        foreach (var old in scheduled.Take(Math.Max(0, scheduled.Count - Math.Max(1, keep))))
        {
            File.Delete(old);
        }
    }
}
