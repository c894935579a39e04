namespace Chronicle.Application.Database;

using Chronicle.Application.Backups;
using Chronicle.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

/// <summary>
/// Brings the configured database's schema up to date (chronicle db migrate, and the web app's
/// start on the embedded default). A database that already has a schema is backed up first
/// (ADR 0201), and a migration that fails leaves it as it was: PostgreSQL runs the pending
/// migrations in one transaction; SQLite is put back from that backup.
/// </summary>
public sealed class MigrateDatabase(ChronicleDbContext db, DatabaseOptions options, BackupSettings settings, BackupDatabase backups, TimeProvider clock)
{
    /// <returns>The migrations that were applied, oldest first; empty when already current.</returns>
    public async Task<IReadOnlyList<string>> ExecuteAsync(CancellationToken cancellationToken) =>
        (await MigrateAsync(backupFirst: true, cancellationToken)).Applied;

    /// <param name="backupFirst">False for 'db migrate --no-backup': no copy is taken, and a failure cannot be undone on SQLite.</param>
    /// <exception cref="InvalidOperationException">
    /// The database records migrations this version does not have (made by another version of
    /// Chronicle), no backup could be taken, or a migration failed; the message starts with "Database:".
    /// </exception>
    public async Task<MigrationOutcome> MigrateAsync(bool backupFirst, CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var unknown = applied.Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            var where = options.IsEmbeddedDefault ? DatabaseOptions.DefaultSqlitePath : "the configured database";
            throw new InvalidOperationException(
                $"Database: {where} was created by another version of Chronicle (it records migration {unknown[0]}, which this version does not have). " +
                "Use a new database (move the file aside, or set Database:ConnectionString), or run the version that created it.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
        {
            return new MigrationOutcome([], null);
        }

        if (applied.Count == 0)
        {
            // A new database: nothing to lose, and EF's own lock keeps parallel first starts apart.
            await db.Database.MigrateAsync(cancellationToken);
            return new MigrationOutcome(pending, null);
        }

        var backup = backupFirst && settings.BeforeMigrate ? await BackUpAsync(pending[^1], cancellationToken) : null;
        try
        {
            if (options.ParsedProvider == DatabaseProvider.Postgres)
            {
                await MigrateInOneTransactionAsync(applied[^1], cancellationToken);
            }
            else
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw await FailedAsync(ex, backup, cancellationToken);
        }

        return new MigrationOutcome(pending, backup);
    }

    private async Task<string> BackUpAsync(string target, CancellationToken cancellationToken)
    {
        var file = Path.Combine(settings.ResolveFolder(options), $"chronicle-before-{target}-{clock.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}{BackupDatabase.Extension}");
        var result = await backups.ExecuteAsync(file, cancellationToken);
        if (result.Error is { } error)
        {
            throw new InvalidOperationException(
                $"Database: no backup could be taken before migrating ({error.Message.TrimEnd('.')}); nothing was migrated. Fix that, or migrate without one: chronicle db migrate --no-backup.");
        }

        return result.Value!.File;
    }

    /// <summary>PostgreSQL changes its schema transactionally: every pending migration commits together or not at all.</summary>
    private async Task MigrateInOneTransactionAsync(string from, CancellationToken cancellationToken)
    {
        var script = db.GetService<IMigrator>().GenerateScript(from, null, MigrationsSqlGenerationOptions.NoTransactions);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7164529301)", cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = script;
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<InvalidOperationException> FailedAsync(Exception failure, string? backup, CancellationToken cancellationToken)
    {
        var reason = failure.Message.Split('\n')[0].Trim().TrimEnd('.');
        if (options.ParsedProvider == DatabaseProvider.Postgres)
        {
            return new InvalidOperationException($"Database: the migration failed ({reason}); it ran in one transaction, so the database is as it was.", failure);
        }

        if (backup is null)
        {
            return new InvalidOperationException($"Database: the migration failed ({reason}); no backup was taken before it (--no-backup), so check the database before using it.", failure);
        }

        db.ChangeTracker.Clear();
        var restore = await new RestoreDatabase(db, options, settings).PutBackAsync(backup, cancellationToken);
        return restore is null
            ? new InvalidOperationException($"Database: the migration failed ({reason}); the database was put back as it was from {backup}.", failure)
            : new InvalidOperationException($"Database: the migration failed ({reason}), and putting the database back failed too ({restore}); restore {backup} into a new database.", failure);
    }
}

/// <param name="Applied">The migrations applied, oldest first.</param>
/// <param name="BackupFile">The backup taken before them, when one was.</param>
public sealed record MigrationOutcome(IReadOnlyList<string> Applied, string? BackupFile);
