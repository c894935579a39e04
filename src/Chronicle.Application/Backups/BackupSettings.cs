namespace Chronicle.Application.Backups;

using Chronicle.Data;

/// <summary>
/// Configuration section <c>Backups</c> (ADR 0200): where backups go, how often the web host takes
/// them and how many it keeps, and where the PostgreSQL client tools are.
/// </summary>
public sealed class BackupSettings
{
    public const string SectionName = "Backups";

    /// <summary>Where scheduled and pre-migration backups go; see <see cref="ResolveFolder"/> for the default.</summary>
    public string? Folder { get; set; }

    /// <summary>Scheduled backups from the web host; when not set, on for the embedded default only.</summary>
    public bool? Scheduled { get; set; }

    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How many scheduled backups to keep; older ones are deleted after a successful backup.</summary>
    public int Keep { get; set; } = 7;

    /// <summary>Take a backup before applying migrations to a database that has any (on by default).</summary>
    public bool BeforeMigrate { get; set; } = true;

    /// <summary>The folder of pg_dump and pg_restore when those on PATH are not of the server's version.</summary>
    public string? PostgresBin { get; set; }

    public bool IsScheduled(DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return Scheduled ?? database.IsEmbeddedDefault;
    }

    /// <summary>
    /// The configured folder; else <c>backups</c> beside the embedded database
    /// (~/.local/share/Chronicle/backups), <c>&lt;file&gt;-backups</c> beside another SQLite file, and
    /// the embedded default's folder for PostgreSQL.
    /// </summary>
    public string ResolveFolder(DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (!string.IsNullOrWhiteSpace(Folder))
        {
            return Path.GetFullPath(Folder);
        }

        if (database.ParsedProvider == DatabaseProvider.Sqlite && !database.IsEmbeddedDefault
            && SqliteFile(database.EffectiveConnectionString()) is { } file)
        {
            return file + "-backups";
        }

        return Path.Combine(Path.GetDirectoryName(DatabaseOptions.DefaultSqlitePath)!, "backups");
    }

    private static string? SqliteFile(string connectionString)
    {
        var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrWhiteSpace(source) || source == ":memory:" ? null : Path.GetFullPath(source);
    }
}
