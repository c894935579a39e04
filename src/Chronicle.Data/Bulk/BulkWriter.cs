namespace Chronicle.Data.Bulk;

using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

/// <summary>
/// Writes many new entities of one type without change tracking, inside the caller's transaction:
/// binary COPY on PostgreSQL, prepared multi-row INSERTs on SQLite (ADR 0150). Values are read
/// through the EF model (<see cref="BulkTable"/>), so rows are exactly what SaveChanges would write.
/// For generated data at scale; everyday writes go through SaveChanges.
/// </summary>
public static class BulkWriter
{
    // Statements of about a thousand values: larger ones spend more on binding and preparing than they save.
    private const int SqliteParameterLimit = 1_000;

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
        return db.Provider == DatabaseProvider.Postgres
            ? await CopyAsync(db, table, entities, cancellationToken)
            : await InsertAsync(db, table, entities, cancellationToken);
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

    private static async Task<int> InsertAsync<T>(ChronicleDbContext db, BulkTable table, IReadOnlyCollection<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        var perStatement = Math.Max(1, SqliteParameterLimit / table.Columns.Count);
        var written = 0;
        SqliteCommand? full = null;
        try
        {
            foreach (var chunk in entities.Chunk(perStatement))
            {
                if (chunk.Length == perStatement)
                {
                    full ??= Command(connection, transaction, table, perStatement);
                    written += await ExecuteAsync(full, table, chunk, cancellationToken);
                }
                else
                {
                    await using var rest = Command(connection, transaction, table, chunk.Length);
                    written += await ExecuteAsync(rest, table, chunk, cancellationToken);
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }

        return written;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, BulkTable table, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder($"INSERT INTO {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) VALUES ");
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ",(");
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"$p{row}_{i}");
                sql.Append(i == 0 ? name : "," + name);
                command.Parameters.Add(table.Columns[i].Mapping.CreateParameter(command, name, null));
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        command.Prepare();
        return command;
    }

    private static async Task<int> ExecuteAsync<T>(SqliteCommand command, BulkTable table, T[] rows, CancellationToken cancellationToken)
        where T : class
    {
        var columns = table.Columns.Count;
        for (var row = 0; row < rows.Length; row++)
        {
            for (var i = 0; i < columns; i++)
            {
                command.Parameters[(row * columns) + i].Value = table.Columns[i].ProviderValue(rows[row]) ?? DBNull.Value;
            }
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string StripFacets(string storeType) => storeType.IndexOf('(', StringComparison.Ordinal) is var open and > 0
        ? storeType[..open].TrimEnd() + storeType[(storeType.IndexOf(')', StringComparison.Ordinal) + 1)..]
        : storeType;
}
