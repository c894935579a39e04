namespace Chronicle.Data.Codes;

using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

/// <summary>PostgreSQL's binary COPY over the context's connection; it joins the open transaction.</summary>
internal static class PostgresCopy
{
    public static async Task<int> WriteAsync(ChronicleDbContext db, Icd10Table table, IEnumerable<Icd10CodeEntry> entries, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var sql = $"COPY {table.Table} ({table.FiscalYear}, {table.Code}, {table.Billable}, {table.Description}) FROM STDIN (FORMAT BINARY)";
        var written = 0;
        await using (var importer = await connection.BeginBinaryImportAsync(sql, cancellationToken))
        {
            foreach (var entry in entries)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(entry.FiscalYear, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(entry.Code, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(entry.Billable, NpgsqlDbType.Boolean, cancellationToken);
                await importer.WriteAsync(entry.Description, NpgsqlDbType.Varchar, cancellationToken);
                written++;
            }

            await importer.CompleteAsync(cancellationToken);
        }

        return written;
    }
}
