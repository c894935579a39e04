namespace Chronicle.Data.Audit;

using System.Data;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

/// <summary>
/// The provider-specific part of keeping one audit chain: appends are serialised so that no two
/// writers ever chain from the same head, and verification reads the events and the head as of
/// one moment.
/// </summary>
public static class AuditChainLock
{
    /// <summary>The advisory lock that names the audit chain on PostgreSQL ("CHRNAUDT").</summary>
    private const long PostgresLockKey = 0x4348524E41554454;

    /// <summary>
    /// Holds the chain until the current transaction ends, and reads its head in the same round
    /// trip. PostgreSQL takes a transaction-level advisory lock, so writers queue behind one another
    /// while readers do not wait; the lock and the head's SELECT go to the server as one batch, so an
    /// append holds the chain for three round trips (this one, the inserts with the head's update,
    /// the commit) instead of four (ADR 0276). SQLite needs no lock: its transactions
    /// (Microsoft.Data.Sqlite begins them IMMEDIATE) already hold the database's single write lock
    /// from their first statement. Null when there is no head row.
    /// </summary>
    public static async Task<(long Sequence, string Hash)?> HoldAndReadHeadAsync(ChronicleDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("The audit chain can only be held inside a transaction.");
        const string head = "SELECT \"Sequence\", \"Hash\" FROM \"AuditChainHeads\" WHERE \"Id\" = 1";
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = db.Provider == DatabaseProvider.Postgres
            ? string.Create(CultureInfo.InvariantCulture, $"SELECT pg_advisory_xact_lock({PostgresLockKey}); {head}")
            : head;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (db.Provider == DatabaseProvider.Postgres)
        {
            await reader.NextResultAsync(cancellationToken);
        }

        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetString(1).Trim()) : null;
    }

    /// <summary>
    /// A transaction in which every query sees the same committed state: REPEATABLE READ on
    /// PostgreSQL (appends carry on meanwhile), an ordinary transaction on SQLite (which holds off
    /// writers until it ends).
    /// </summary>
    public static Task<IDbContextTransaction> BeginSnapshotAsync(ChronicleDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Provider == DatabaseProvider.Postgres
            ? db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken)
            : db.Database.BeginTransactionAsync(cancellationToken);
    }
}
