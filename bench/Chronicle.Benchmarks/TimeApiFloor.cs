namespace Chronicle.Benchmarks;

using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Chronicle.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The time API's floor (ADR 0275): as many requests as the API measurement made, from as many
/// concurrent connections as it had clients, each one transaction that inserts one time-entry row
/// and one audit row with plain prepared SQL, into tables of the same shape as TimeEntries and
/// AuditEvents (columns, keys, indexes), made for the run and dropped afterwards. The rows are
/// copies of a row the API wrote, with new keys: no HTTP, authentication, checks or hash chain.
/// </summary>
internal static class TimeApiFloor
{
    public static async Task<TimeApiFloorRun> RunAsync(IServiceProvider services, Guid practiceId, int clients, int perClient, CancellationToken cancellationToken)
    {
        StoredRows time, audit;
        string timeCopy, auditCopy;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ChronicleDbContext>();
            await db.Database.OpenConnectionAsync(cancellationToken);
            time = await FloorSql.RowsAsync(db, """SELECT * FROM "TimeEntries" WHERE "PracticeId" = @p ORDER BY "RecordedAt" DESC LIMIT 1""", cancellationToken, ("p", practiceId));
            audit = await FloorSql.RowsAsync(db, """SELECT * FROM "AuditEvents" ORDER BY "Sequence" DESC LIMIT 1""", cancellationToken);
            timeCopy = await FloorSql.CopyShapeAsync(db, "TimeEntries", cancellationToken);
            auditCopy = await FloorSql.CopyShapeAsync(db, "AuditEvents", cancellationToken);
        }

        try
        {
            return await InsertAsync(services, (timeCopy, time), (auditCopy, audit), clients, perClient, cancellationToken);
        }
        finally
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ChronicleDbContext>();
            await db.Database.OpenConnectionAsync(cancellationToken);
            await FloorSql.Execute(db, $"DROP TABLE \"{timeCopy}\"", cancellationToken);
            await FloorSql.Execute(db, $"DROP TABLE \"{auditCopy}\"", cancellationToken);
        }
    }

    private static async Task<TimeApiFloorRun> InsertAsync(
        IServiceProvider services, (string Table, StoredRows Rows) time, (string Table, StoredRows Rows) audit, int clients, int perClient, CancellationToken cancellationToken)
    {
        var scopes = Enumerable.Range(0, clients).Select(_ => services.CreateAsyncScope()).ToList();
        var latencies = new ConcurrentBag<double>();
        long sequence = 1_000_000_000;
        try
        {
            var contexts = new List<ChronicleDbContext>();
            foreach (var scope in scopes)
            {
                var db = scope.ServiceProvider.GetRequiredService<ChronicleDbContext>();
                await db.Database.OpenConnectionAsync(cancellationToken);
                contexts.Add(db);
            }

            var wall = Stopwatch.StartNew();
            await Task.WhenAll(contexts.Select(db => Task.Run(async () =>
            {
                var connection = db.Database.GetDbConnection();
                await using var insertTime = Prepared(connection, time.Table, time.Rows);
                await using var insertAudit = Prepared(connection, audit.Table, audit.Rows);
                var idColumn = time.Rows.Index("Id");
                var sequenceColumn = audit.Rows.Index("Sequence");
                for (var k = 0; k < perClient; k++)
                {
                    var watch = Stopwatch.StartNew();
                    await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                    insertTime.Transaction = insertAudit.Transaction = transaction;
                    Bind(insertTime, time.Rows.Rows[0], idColumn, NewId(time.Rows.Rows[0][idColumn]));
                    await insertTime.ExecuteNonQueryAsync(cancellationToken);
                    Bind(insertAudit, audit.Rows.Rows[0], sequenceColumn, Interlocked.Increment(ref sequence));
                    await insertAudit.ExecuteNonQueryAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                }
            }, cancellationToken)));
            var elapsed = wall.Elapsed;
            var sorted = latencies.Order().ToList();
            return new TimeApiFloorRun(elapsed, sorted.Count, WorklistBenchmark.Percentile(sorted, 0.95));
        }
        finally
        {
            foreach (var scope in scopes)
            {
                await scope.DisposeAsync();
            }
        }
    }

    private static DbCommand Prepared(DbConnection connection, string table, StoredRows rows)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", rows.Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", rows.Columns.Select((_, i) => $"@p{i}"))})";
        for (var i = 0; i < rows.Columns.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = rows.Rows[0][i];
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static void Bind(DbCommand command, object[] row, int key, object keyValue)
    {
        for (var i = 0; i < row.Length; i++)
        {
            command.Parameters[i].Value = i == key ? keyValue : row[i];
        }
    }

    // A new key stored as the template's is: a GUID on PostgreSQL, its upper-case text on SQLite.
    private static object NewId(object template) => template is string ? Guid.NewGuid().ToString().ToUpperInvariant() : Guid.NewGuid();
}

internal sealed record TimeApiFloorRun(TimeSpan Elapsed, int Requests, double P95Ms);
