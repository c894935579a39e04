namespace Chronicle.Application.Backups;

using System.Text.Json;

/// <summary>The last scheduled backup that worked and the last that did not, as the admin page shows them.</summary>
public sealed record BackupStatus(BackupAttempt? LastSuccess, BackupAttempt? LastFailure)
{
    public static BackupStatus None { get; } = new(null, null);

    /// <summary>
    /// When the next scheduled backup is due: at once when none has worked yet, an interval after
    /// the last success, or — after a failure — within the hour (or the interval, if shorter).
    /// </summary>
    public DateTimeOffset NextDue(TimeSpan interval, DateTimeOffset now)
    {
        if (LastSuccess is null && LastFailure is null)
        {
            return now;
        }

        var afterSuccess = LastSuccess is null ? now : LastSuccess.At + interval;
        if (LastFailure is { } failure && (LastSuccess is null || failure.At > LastSuccess.At))
        {
            var retry = failure.At + (interval < TimeSpan.FromHours(1) ? interval : TimeSpan.FromHours(1));
            return retry < afterSuccess ? retry : afterSuccess;
        }

        return afterSuccess;
    }
}

/// <param name="File">The backup written (on success).</param>
/// <param name="Error">Why it failed (on failure), one line.</param>
public sealed record BackupAttempt(DateTimeOffset At, string? File, long? Bytes, string? Error);

/// <summary>
/// backup-status.json in the backup folder: kept beside the backups rather than in the database,
/// so that it says what happened even when the database is what failed.
/// </summary>
internal static class BackupStatusFile
{
    public const string FileName = "backup-status.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<BackupStatus> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return BackupStatus.None;
        }

        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<BackupStatus>(stream, Json, cancellationToken) ?? BackupStatus.None;
        }
        catch (JsonException)
        {
            return BackupStatus.None;
        }
    }

    public static async Task WriteAsync(string folder, BackupStatus status, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var partial = path + ".partial";
        await File.WriteAllTextAsync(partial, JsonSerializer.Serialize(status, Json), cancellationToken);
        File.Move(partial, path, overwrite: true);
    }
}
