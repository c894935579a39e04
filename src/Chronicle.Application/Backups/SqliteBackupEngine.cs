namespace Chronicle.Application.Backups;

using Chronicle.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// SQLite through its online backup API: the copy is made page by page under one read
/// transaction, so it is the database as of one moment even while the web app writes (copying the
/// file and its write-ahead log by hand is not). Restore runs the same API the other way, which
/// replaces the target's pages in one write transaction.
/// </summary>
internal sealed class SqliteBackupEngine(ChronicleDbContext db) : IBackupEngine
{
    public string Kind => "sqlite";

    public async Task<DatabaseCensus> CopyAsync(string copyPath, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var copy = Open(copyPath);
            await copy.OpenAsync(cancellationToken);
            ((SqliteConnection)db.Database.GetDbConnection()).BackupDatabase(copy);

            // The copy stands alone as one file: no write-ahead log beside it.
            await ExecuteAsync(copy, "PRAGMA journal_mode = DELETE", cancellationToken);
            return await DatabaseCensus.TakeAsync(copy, null, DatabaseProvider.Sqlite, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<string?> CheckCopyAsync(string copyPath, BackupManifest manifest, CancellationToken cancellationToken)
    {
        try
        {
            await using var copy = Open(copyPath, SqliteOpenMode.ReadOnly);
            await copy.OpenAsync(cancellationToken);
            await using var command = copy.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            var verdict = await command.ExecuteScalarAsync(cancellationToken) as string;
            if (verdict != "ok")
            {
                var first = verdict?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith("***", StringComparison.Ordinal));
                return $"SQLite's integrity check of the copy fails ({first ?? "no reason given"})";
            }

            var census = await DatabaseCensus.TakeAsync(copy, null, DatabaseProvider.Sqlite, cancellationToken);
            var differences = census.DifferencesFrom(manifest.Counts);
            return differences.Count == 0 ? null : $"its rows do not match its manifest ({string.Join("; ", differences.Take(3))})";
        }
        catch (SqliteException ex)
        {
            return $"the copy is not a readable SQLite database ({ex.Message.TrimEnd('.')})";
        }
    }

    public Task<DatabaseCensus> CensusAsync(CancellationToken cancellationToken) =>
        DatabaseCensus.OfAsync(db, DatabaseProvider.Sqlite, cancellationToken);

    public async Task RestoreAsync(string copyPath, DatabaseCensus target, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var copy = Open(copyPath, SqliteOpenMode.ReadOnly);
            await copy.OpenAsync(cancellationToken);
            copy.BackupDatabase((SqliteConnection)db.Database.GetDbConnection());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode = SqliteOpenMode.ReadWriteCreate) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
