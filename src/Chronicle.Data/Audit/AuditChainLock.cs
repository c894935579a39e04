namespace Chronicle.Data.Audit;

using System.Data;
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
    /// Holds the chain until the current transaction ends. PostgreSQL takes a transaction-level
    /// advisory lock, so writers queue behind one another while readers do not wait. SQLite needs
    /// nothing more: its transactions (Microsoft.Data.Sqlite begins them IMMEDIATE) already hold
    /// the database's single write lock from their first statement.
    /// </summary>
    public static async Task HoldAsync(ChronicleDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The audit chain can only be held inside a transaction.");
        }

        if (db.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", cancellationToken);
        }
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
