namespace Chronicle.Data.Bulk;

using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

/// <summary>
/// Writes many new entities of one type without change tracking, inside the caller's transaction:
/// binary COPY on PostgreSQL, one prepared INSERT per row on SQLite (ADR 0150). Values are read
/// through the EF model (<see cref="BulkTable"/>), so rows are exactly what SaveChanges would write.
/// For generated data at scale; everyday writes go through SaveChanges.
/// </summary>
public static class BulkWriter
{
    // SQLITE_CONSTRAINT: a unique, foreign key, not-null or check constraint refused the row.
    private const int SqliteConstraint = 19;

    public static async Task<int> BulkInsertAsync<T>(this ChronicleDbContext db, IReadOnlyCollection<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entities);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Bulk writes must run inside a transaction, so that a failure leaves nothing half-written.");
        }

        if (entities.Count == 0)
        {
            return 0;
        }

        var table = BulkTable.Of<T>(db);
        try
        {
            return db.Provider == DatabaseProvider.Postgres
                ? await CopyAsync(db, table, entities, cancellationToken)
                : await InsertAsync(db, table, entities, cancellationToken);
        }
        catch (Exception ex) when (ex is PostgresException { SqlState: var state } && state.StartsWith("23", StringComparison.Ordinal)
            || ex is SqliteException { SqliteErrorCode: SqliteConstraint })
        {
            // A refused row (a duplicate key, a missing parent) fails as it would through SaveChanges,
            // so callers handle one exception whichever path wrote the rows.
            throw new DbUpdateException($"The database refused a row of {table.Name}.", ex);
        }
    }

    /// <summary>
    /// Gives this connection's session room for a large write: on SQLite a page cache of 256 MB
    /// (the default 2 MB makes every index insert of a large table a disk read).
    /// </summary>
    public static async Task PrepareSessionAsync(this ChronicleDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144", cancellationToken);
        }
    }

    private static async Task<int> CopyAsync<T>(ChronicleDbContext db, BulkTable table, IReadOnlyCollection<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var types = table.Columns.Select(c => StripFacets(c.StoreType)).ToArray();
        var sql = $"COPY {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(sql, cancellationToken);
        foreach (var entity in entities)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < types.Length; i++)
            {
                switch (table.Columns[i].ProviderValue(entity))
                {
                    case null:
                        await importer.WriteNullAsync(cancellationToken);
                        break;
                    case DateTimeOffset instant:
                        await importer.WriteAsync(instant.ToUniversalTime(), types[i], cancellationToken);
                        break;
                    case var value:
                        await importer.WriteAsync(value, types[i], cancellationToken);
                        break;
                }
            }
        }

        return (int)await importer.CompleteAsync(cancellationToken);
    }

    // One prepared single-row INSERT, bound and stepped per row. Multi-row statements looked
    // cheaper but are not: SQLite finds each named parameter by a linear search of the statement's
    // names, so binding a statement of n values costs n² (measured in ADR 0152).
    private static async Task<int> InsertAsync<T>(ChronicleDbContext db, BulkTable table, IReadOnlyCollection<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        var names = new List<string>(table.Columns.Count);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"$p{i}");
            names.Add(name);
            command.Parameters.Add(table.Columns[i].Mapping.CreateParameter(command, name, null));
        }

        command.CommandText = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) VALUES ({string.Join(", ", names)})";
        command.Prepare();
        var written = 0;
        foreach (var entity in entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                command.Parameters[i].Value = table.Columns[i].ProviderValue(entity) ?? DBNull.Value;
            }

            written += command.ExecuteNonQuery();
        }

        return written;
    }

    private static string StripFacets(string storeType) => storeType.IndexOf('(', StringComparison.Ordinal) is var open and > 0
        ? storeType[..open].TrimEnd() + storeType[(storeType.IndexOf(')', StringComparison.Ordinal) + 1)..]
        : storeType;
}
