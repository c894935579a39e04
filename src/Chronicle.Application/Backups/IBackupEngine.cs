namespace Chronicle.Application.Backups;

using Chronicle.Data;

/// <summary>How one kind of database is copied out and written back (ADR 0200).</summary>
internal interface IBackupEngine
{
    /// <summary>"sqlite" or "postgres", as the manifest records it.</summary>
    string Kind { get; }

    /// <summary>Writes a consistent copy of the live database to <paramref name="copyPath"/>; the census is of that copy.</summary>
    Task<DatabaseCensus> CopyAsync(string copyPath, CancellationToken cancellationToken);

    /// <summary>Checks an extracted copy before anything is written; null when it can be restored.</summary>
    Task<string?> CheckCopyAsync(string copyPath, BackupManifest manifest, CancellationToken cancellationToken);

    /// <summary>The configured database as it is now.</summary>
    Task<DatabaseCensus> CensusAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the configured database's contents with the copy, all or nothing.</summary>
    Task RestoreAsync(string copyPath, DatabaseCensus target, CancellationToken cancellationToken);
}

internal static class BackupEngines
{
    public static IBackupEngine Create(ChronicleDbContext db, DatabaseOptions options, BackupSettings settings) =>
        options.ParsedProvider == DatabaseProvider.Postgres
            ? new PostgresBackupEngine(db, options, new PostgresTools(settings))
            : new SqliteBackupEngine(db);
}
