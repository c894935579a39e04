namespace Chronicle.Web.Startup;

using Chronicle.Application.Backups;

/// <summary>
/// Takes the scheduled backups from the web host (ADR 0202): on for the embedded default unless
/// Backups:Scheduled says otherwise. Waits until the next backup is due by the recorded status, so
/// a restart neither skips a day nor takes an extra one; a failure is recorded and retried within the hour.
/// </summary>
internal sealed partial class ScheduledBackupService(IServiceScopeFactory scopes, BackupSettings settings, TimeProvider clock, ILogger<ScheduledBackupService> logger) : BackgroundService
{
    // Task.Delay takes at most about 49 days; a longer wait is taken in steps.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await using var scope = scopes.CreateAsyncScope();
                var backup = scope.ServiceProvider.GetRequiredService<RunScheduledBackup>();
                var now = clock.GetUtcNow();
                var wait = (await backup.StatusAsync(stoppingToken)).NextDue(settings.Interval, now) - now;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait < LongestWait ? wait : LongestWait, clock, stoppingToken);
                    continue;
                }

                var status = await backup.ExecuteAsync(stoppingToken);
                if (status.LastFailure is { } failure && failure.At >= now)
                {
                    LogFailed(logger, failure.Error ?? "unknown");
                }
                else
                {
                    LogDone(logger, status.LastSuccess?.File ?? "?");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled backup written: {File}")]
    private static partial void LogDone(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled backup failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
