namespace Chronicle.Application.Backups;

using System.Data.Common;
using System.Globalization;
using Chronicle.Data;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Rows per table, the newest schema migration and the audit chain's head, read with plain SQL on
/// one connection (and transaction), so the same census describes a live database, a PostgreSQL
/// snapshot and a SQLite copy whose schema may be older than this version's model.
/// </summary>
internal sealed record DatabaseCensus(IReadOnlyDictionary<string, long> Counts, string? Migration, long? AuditSequence, string? AuditHash)
{
    public const string HistoryTable = "__EFMigrationsHistory";

    /// <summary>True when no table but the migration history holds a row: a new or only migrated database.</summary>
    public bool IsEmpty => Counts.All(c => c.Key == HistoryTable || c.Value == 0);

    public IEnumerable<string> NonEmptyTables => Counts.Where(c => c.Key != HistoryTable && c.Value > 0).Select(c => c.Key);

    /// <summary>The census of the database a context is configured for, on a connection of its own opened for the count.</summary>
    public static async Task<DatabaseCensus> OfAsync(ChronicleDbContext db, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await TakeAsync(db.Database.GetDbConnection(), null, provider, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static async Task<DatabaseCensus> TakeAsync(DbConnection connection, DbTransaction? transaction, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        var tableQuery = provider == DatabaseProvider.Postgres
            ? "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        var tables = new List<string>();
        await using (var reader = await CommandAsync(connection, transaction, tableQuery).ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var count = await CommandAsync(connection, transaction, $"SELECT COUNT(*) FROM {Quote(table)}").ExecuteScalarAsync(cancellationToken);
            counts[table] = Convert.ToInt64(count, CultureInfo.InvariantCulture);
        }

        string? migration = null;
        if (counts.ContainsKey(HistoryTable))
        {
            migration = await CommandAsync(connection, transaction, $"SELECT MAX(\"MigrationId\") FROM {Quote(HistoryTable)}").ExecuteScalarAsync(cancellationToken) as string;
        }

        long? sequence = null;
        string? hash = null;
        if (counts.GetValueOrDefault("AuditChainHeads") > 0)
        {
            await using var reader = await CommandAsync(connection, transaction, "SELECT \"Sequence\", \"Hash\" FROM \"AuditChainHeads\"").ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                sequence = reader.GetInt64(0);
                hash = reader.GetString(1).Trim();
            }
        }

        return new DatabaseCensus(counts, migration, sequence, hash);
    }

    /// <summary>The tables whose counts differ from the manifest's, as "table: copy N, manifest M".</summary>
    public IReadOnlyList<string> DifferencesFrom(IReadOnlyDictionary<string, long> expected) =>
        expected.Keys.Union(Counts.Keys, StringComparer.Ordinal)
            .Where(t => Counts.GetValueOrDefault(t, -1) != expected.GetValueOrDefault(t, -1))
            .Order(StringComparer.Ordinal)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"{t}: {Describe(Counts, t)} in the copy, {Describe(expected, t)} in the manifest"))
            .ToList();

    private static string Describe(IReadOnlyDictionary<string, long> counts, string table) =>
        counts.TryGetValue(table, out var n) ? n.ToString(CultureInfo.InvariantCulture) + " rows" : "no table";

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static DbCommand CommandAsync(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
