namespace Chronicle.Web.Pages.Admin;

using Chronicle.Application.Backups;
using Chronicle.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// The administrator's view of backups (ADR 0202): whether the web host takes them, the last
/// scheduled backup that worked and the last that failed, and the backups in the folder.
/// </summary>
public sealed class BackupsModel(RunScheduledBackup scheduled, BackupSettings settings, DatabaseOptions database) : PageModel
{
    public bool Scheduled => settings.IsScheduled(database);

    public TimeSpan Interval => settings.Interval;

    public int Keep => settings.Keep;

    public string Folder => scheduled.Folder;

    public BackupStatus Status { get; private set; } = BackupStatus.None;

    public IReadOnlyList<FileInfo> Files { get; private set; } = [];

    /// <summary>True when the last attempt failed: the page leads with it.</summary>
    public bool Failing => Status.LastFailure is { } failure && (Status.LastSuccess is null || failure.At > Status.LastSuccess.At);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Status = await scheduled.StatusAsync(cancellationToken);
        Files = scheduled.List();
    }
}
