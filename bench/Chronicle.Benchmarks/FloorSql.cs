namespace Chronicle.Benchmarks;

using System.Data.Common;
using System.Text.RegularExpressions;
using Chronicle.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

/// <summary>
/// Plain SQL on a context's own connection, for the floors (ADR 0275): reading rows to the end,
/// copying a table's shape (columns, keys, indexes) under another name, and writing rows through
/// the database's fastest path (binary COPY on PostgreSQL, one prepared INSERT per row on SQLite).
/// No EF Core query or change tracking is involved; parameters are bound with EF's type mappings
/// only so that a GUID is stored as each provider stores it.
/// </summary>
internal static partial class FloorSql
{
    public const string CopyPrefix = "BenchFloor";

    public static DbCommand Command(ChronicleDbContext db, string sql, params (string Name, object Value)[] parameters)
    {
        var connection = db.Database.GetDbConnection();
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var mappings = db.GetService<IRelationalTypeMappingSource>();
        foreach (var (name, value) in parameters)
        {
            var mapping = mappings.FindMapping(value.GetType()) ?? throw new InvalidOperationException($"No type mapping for {value.GetType().Name}.");
            command.Parameters.Add(mapping.CreateParameter(command, name, value));
        }

        return command;
    }

    /// <summary>Runs a query and reads every value of every row; returns the rows read.</summary>
    public static async Task<int> ReadAllAsync(ChronicleDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(db, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync(cancellationToken))
        {
            reader.GetValues(values);
            rows++;
        }

        return rows;
    }

    /// <summary>The rows a query returns, as the provider reads them, with their column names and (PostgreSQL) type names.</summary>
    public static async Task<StoredRows> RowsAsync(ChronicleDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(db, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var types = Enumerable.Range(0, reader.FieldCount).Select(i => Facetless().Replace(reader.GetDataTypeName(i), string.Empty)).ToArray();
        var rows = new List<object[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(values);
        }

        return new StoredRows(columns, types, rows);
    }

    /// <summary>
    /// A table of the same shape as <paramref name="table"/> named <c>BenchFloor{table}</c>: the same
    /// columns, primary key and indexes (unique ones included). On SQLite also its foreign keys,
    /// which still point at the real tables; PostgreSQL's <c>LIKE … INCLUDING ALL</c> copies no
    /// foreign keys, which makes that floor slightly cheaper than the real write.
    /// </summary>
    public static async Task<string> CopyShapeAsync(ChronicleDbContext db, string table, CancellationToken cancellationToken)
    {
        var copy = CopyPrefix + table;
        if (db.Provider == DatabaseProvider.Postgres)
        {
            await Execute(db, $"CREATE TABLE \"{copy}\" (LIKE \"{table}\" INCLUDING ALL)", cancellationToken);
            return copy;
        }

        var statements = new List<string>();
        await using (var command = Command(db, "SELECT sql FROM sqlite_master WHERE tbl_name = @t AND sql IS NOT NULL ORDER BY type DESC", ("t", table)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                statements.Add(reader.GetString(0));
            }
        }

        foreach (var sql in statements)
        {
            var renamed = sql.StartsWith("CREATE TABLE", StringComparison.Ordinal)
                ? TableName().Replace(sql, $"CREATE TABLE \"{copy}\"", 1)
                : IndexName().Replace(sql, m => $"CREATE {m.Groups[1].Value}INDEX \"{CopyPrefix}{m.Groups[2].Value}\" ON \"{copy}\"", 1);
            await Execute(db, renamed, cancellationToken);
        }

        return copy;
    }

    public static async Task Execute(ChronicleDbContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(db, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Writes the rows into <paramref name="table"/> by the provider's bulk path, inside the context's transaction.</summary>
    public static async Task<int> BulkWriteAsync(ChronicleDbContext db, string table, StoredRows rows, CancellationToken cancellationToken)
    {
        if (rows.Rows.Count == 0)
        {
            return 0;
        }

        var names = string.Join(", ", rows.Columns.Select(c => $"\"{c}\""));
        if (db.Provider == DatabaseProvider.Postgres)
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var importer = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var row in rows.Rows)
            {
                await importer.StartRowAsync(cancellationToken);
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is DBNull)
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await importer.WriteAsync(row[i], rows.Types[i], cancellationToken);
                    }
                }
            }

            return (int)await importer.CompleteAsync(cancellationToken);
        }

        await using var insert = Command(db, $"INSERT INTO \"{table}\" ({names}) VALUES ({string.Join(", ", rows.Columns.Select((_, i) => $"$p{i}"))})");
        for (var i = 0; i < rows.Columns.Count; i++)
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = $"$p{i}";
            insert.Parameters.Add(parameter);
        }

        insert.Prepare();
        var written = 0;
        foreach (var row in rows.Rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                insert.Parameters[i].Value = row[i];
            }

            written += await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        return written;
    }

    [GeneratedRegex(@"\(\d+(,\s*\d+)?\)")]
    private static partial Regex Facetless();

    [GeneratedRegex("^CREATE TABLE \"[^\"]+\"")]
    private static partial Regex TableName();

    [GeneratedRegex("^CREATE (UNIQUE )?INDEX \"([^\"]+)\" ON \"[^\"]+\"")]
    private static partial Regex IndexName();
}

/// <param name="Types">The provider's name of each column's type (what PostgreSQL's COPY is told).</param>
internal sealed record StoredRows(IReadOnlyList<string> Columns, IReadOnlyList<string> Types, List<object[]> Rows)
{
    public int Index(string column) => Columns.ToList().IndexOf(column);
}
