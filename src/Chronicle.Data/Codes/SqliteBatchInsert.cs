namespace Chronicle.Data.Codes;

using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

/// <summary>
/// SQLite INSERTs of many rows per statement, the statement prepared once and reused, inside the
/// context's transaction (SQLite's speed comes from writing everything in one transaction).
/// </summary>
internal static class SqliteBatchInsert
{
    private const int RowsPerStatement = 200;

    public static async Task<int> WriteAsync(ChronicleDbContext db, Icd10Table table, IEnumerable<Icd10CodeEntry> entries, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = (SqliteTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        await using var full = Command(connection, transaction, table, RowsPerStatement);
        var batch = new List<Icd10CodeEntry>(RowsPerStatement);
        var written = 0;
        foreach (var entry in entries)
        {
            batch.Add(entry);
            if (batch.Count == RowsPerStatement)
            {
                written += await ExecuteAsync(full, batch, cancellationToken);
            }
        }

        if (batch.Count > 0)
        {
            await using var rest = Command(connection, transaction, table, batch.Count);
            written += await ExecuteAsync(rest, batch, cancellationToken);
        }

        return written;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, Icd10Table table, int rows)
    {
        var sql = new StringBuilder($"INSERT INTO {table.Table} ({table.FiscalYear}, {table.Code}, {table.Billable}, {table.Description}) VALUES ");
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        for (var i = 0; i < rows; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? string.Empty : ",")}($y{i}, $c{i}, $b{i}, $d{i})");
            foreach (var name in (string[])["$y", "$c", "$b", "$d"])
            {
                command.Parameters.Add(new SqliteParameter(string.Create(CultureInfo.InvariantCulture, $"{name}{i}"), null));
            }
        }

        command.CommandText = sql.ToString();
        command.Prepare();
        return command;
    }

    private static async Task<int> ExecuteAsync(SqliteCommand command, List<Icd10CodeEntry> batch, CancellationToken cancellationToken)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            command.Parameters[(i * 4) + 0].Value = batch[i].FiscalYear;
            command.Parameters[(i * 4) + 1].Value = batch[i].Code;
            command.Parameters[(i * 4) + 2].Value = batch[i].Billable;
            command.Parameters[(i * 4) + 3].Value = batch[i].Description;
        }

        var written = await command.ExecuteNonQueryAsync(cancellationToken);
        batch.Clear();
        return written;
    }
}
