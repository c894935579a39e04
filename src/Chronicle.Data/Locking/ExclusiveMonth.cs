namespace Chronicle.Data.Locking;

using System.Data;
using System.Globalization;
using Chronicle.Domain.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

/// <summary>
/// A transaction that only one writer of a practice's month holds at a time (ADR 0166), so that two
/// month closes never read the same facts and both write. PostgreSQL: a session advisory lock on
/// (practice, month) taken before a REPEATABLE READ transaction begins, so the snapshot is taken
/// after the wait and sees the other close's result; it is released when the transaction ends.
/// SQLite: BEGIN IMMEDIATE takes the database's write lock up front, waiting out the connection's
/// busy timeout. Either way a holder that does not finish in time makes the caller refuse.
/// </summary>
public sealed class ExclusiveMonth : IAsyncDisposable
{
    private const int SqliteBusy = 5;
    private const string LockNotAvailable = "55P03";
    private const string SerializationFailure = "40001";
    private const string DeadlockDetected = "40P01";

    /// <summary>
    /// How long a writer waits for another to finish the same month on PostgreSQL (SQLite waits
    /// out its busy timeout); a close of 100,000 patient-months takes well under this.
    /// </summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(2);

    private readonly ChronicleDbContext _db;
    private readonly (int Practice, int Month)? _advisory;

    private ExclusiveMonth(ChronicleDbContext db, IDbContextTransaction transaction, (int, int)? advisory)
    {
        _db = db;
        Transaction = transaction;
        _advisory = advisory;
    }

    public IDbContextTransaction Transaction { get; }

    /// <summary>The exclusive transaction, or null when another writer held the month for longer than <paramref name="wait"/>.</summary>
    public static async Task<ExclusiveMonth?> BeginAsync(ChronicleDbContext db, PracticeId practiceId, BillingMonth month, TimeSpan wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            try
            {
                // Microsoft.Data.Sqlite begins a non-deferred serializable transaction with BEGIN IMMEDIATE.
                return new ExclusiveMonth(db, await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken), null);
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteBusy)
            {
                return null;
            }
        }

        var key = (Practice: PracticeKey(practiceId), Month: month.Key);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var timeout = string.Create(CultureInfo.InvariantCulture, $"SET lock_timeout = {(long)wait.TotalMilliseconds}");
            await db.Database.ExecuteSqlRawAsync(timeout, cancellationToken);

            // The server's lock_timeout decides how long to wait; the client's command timeout (30 s
            // by default) must not cut the wait short with a broken connection instead of 55P03.
            var commandTimeout = db.Database.GetCommandTimeout();
            db.Database.SetCommandTimeout(wait + TimeSpan.FromSeconds(30));
            try
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({key.Practice}, {key.Month})", cancellationToken);
            }
            finally
            {
                db.Database.SetCommandTimeout(commandTimeout);
            }

            await db.Database.ExecuteSqlRawAsync("RESET lock_timeout", cancellationToken);
            return new ExclusiveMonth(db, await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken), key);
        }
        catch (PostgresException ex) when (ex.SqlState == LockNotAvailable)
        {
            await db.Database.CloseConnectionAsync();
            return null;
        }
        catch
        {
            await ReleaseAsync(db, key);
            throw;
        }
    }

    /// <summary>A write that lost a race the database detected (PostgreSQL serialization failure or deadlock): run it again.</summary>
    public static bool IsRetryable(Exception exception) =>
        (exception as PostgresException ?? exception.InnerException as PostgresException) is { SqlState: SerializationFailure or DeadlockDetected };

    public Task CommitAsync(CancellationToken cancellationToken) => Transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        if (_advisory is { } key)
        {
            await ReleaseAsync(_db, key);
        }
    }

    private static async Task ReleaseAsync(ChronicleDbContext db, (int Practice, int Month) key)
    {
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({key.Practice}, {key.Month})");
        }
        finally
        {
            // A broken connection is discarded, and with it the session lock.
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A stable 32-bit key of the practice; two practices sharing one only wait for each other.</summary>
    private static int PracticeKey(PracticeId practiceId)
    {
        var bytes = practiceId.Value.ToByteArray();
        return BitConverter.ToInt32(bytes, 0) ^ BitConverter.ToInt32(bytes, 4) ^ BitConverter.ToInt32(bytes, 8) ^ BitConverter.ToInt32(bytes, 12);
    }
}
