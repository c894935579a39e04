namespace Chronicle.Application.Backups;

using System.Data;
using Chronicle.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

/// <summary>
/// PostgreSQL through pg_dump's custom format. The census and the dump read one snapshot: a
/// REPEATABLE READ transaction exports it and pg_dump runs with <c>--snapshot</c>, so the manifest's
/// counts are exactly the dump's rows while the web app goes on writing. Restore is pg_restore in
/// one transaction, stopping at the first error.
/// </summary>
internal sealed class PostgresBackupEngine(ChronicleDbContext db, DatabaseOptions options, PostgresTools tools) : IBackupEngine
{
    public string Kind => "postgres";

    public async Task<DatabaseCensus> CopyAsync(string copyPath, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var pgDump = await tools.FindAsync("pg_dump", ServerMajor(connection), cancellationToken);
            await using var snapshot = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await using var export = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, snapshot);
            var snapshotId = (string)(await export.ExecuteScalarAsync(cancellationToken))!;
            var census = await DatabaseCensus.TakeAsync(connection, snapshot, DatabaseProvider.Postgres, cancellationToken);
            await PostgresTools.RunAsync(pgDump, ["--format=custom", "--snapshot=" + snapshotId, "--file=" + copyPath], options.EffectiveConnectionString(), cancellationToken);
            await snapshot.CommitAsync(cancellationToken);
            return census;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<string?> CheckCopyAsync(string copyPath, BackupManifest manifest, CancellationToken cancellationToken)
    {
        // The manifest's SHA-256 has vouched for every byte; pg_restore --list proves pg_restore can read it.
        var pgRestore = await FindRestoreAsync(cancellationToken);
        try
        {
            await PostgresTools.RunAsync(pgRestore, ["--list", copyPath], options.EffectiveConnectionString(), cancellationToken);
            return null;
        }
        catch (BackupException ex) when (ex.Code == BackupCodes.ToolFailed)
        {
            return $"pg_restore cannot read the dump ({ex.Message})";
        }
    }

    public Task<DatabaseCensus> CensusAsync(CancellationToken cancellationToken) =>
        DatabaseCensus.OfAsync(db, DatabaseProvider.Postgres, cancellationToken);

    public async Task RestoreAsync(string copyPath, DatabaseCensus target, CancellationToken cancellationToken)
    {
        var pgRestore = await FindRestoreAsync(cancellationToken);
        var connection = new NpgsqlConnectionStringBuilder(options.EffectiveConnectionString());
        List<string> arguments = ["--dbname=" + connection.Database, "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error"];
        if (target.Counts.Count > 0)
        {
            // Empty tables of the same schema (a database only migrated): dropped and made again from the dump.
            arguments.AddRange(["--clean", "--if-exists"]);
        }

        arguments.Add(copyPath);
        await PostgresTools.RunAsync(pgRestore, arguments, options.EffectiveConnectionString(), cancellationToken);
    }

    private async Task<string> FindRestoreAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await tools.FindAsync("pg_restore", ServerMajor((NpgsqlConnection)db.Database.GetDbConnection()), cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static int ServerMajor(NpgsqlConnection connection) => connection.PostgreSqlVersion.Major;
}
