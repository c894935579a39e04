namespace Chronicle.Application.Database;

using Chronicle.Data;
using Microsoft.EntityFrameworkCore;

/// <summary>Brings the configured database's schema up to date (chronicle db migrate).</summary>
public sealed class MigrateDatabase(ChronicleDbContext db, DatabaseOptions options)
{
    /// <returns>The migrations that were applied, oldest first; empty when already current.</returns>
    /// <exception cref="InvalidOperationException">
    /// The database records migrations this version does not have (made by another version of
    /// Chronicle): migrating would re-create tables that exist and fail half-way, so nothing is run.
    /// </exception>
    public async Task<IReadOnlyList<string>> ExecuteAsync(CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            var where = options.IsEmbeddedDefault ? DatabaseOptions.DefaultSqlitePath : "the configured database";
            throw new InvalidOperationException(
                $"Database: {where} was created by another version of Chronicle (it records migration {unknown[0]}, which this version does not have). " +
                "Use a new database (move the file aside, or set Database:ConnectionString), or run the version that created it.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }
}
